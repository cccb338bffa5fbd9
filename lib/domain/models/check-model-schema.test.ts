import { describe, expect, it } from "vitest";
import { checkModelSchema } from "./check-model-schema";

const context = { restApiId: "abc123", modelNames: ["Pet", "Owner"] };
const reasonOf = (schema: string) => {
  const result = checkModelSchema(schema, context);
  return result.ok ? null : result.reason;
};

describe("checkModelSchema (CreateModel's schema check)", () => {
  it("accepts a draft 4 schema with a $schema header", () => {
    const result = checkModelSchema(
      '{"$schema":"http://json-schema.org/draft-04/schema#","type":"object","required":["name"],"properties":{"name":{"type":"string"}}}',
      context,
    );
    expect(result.ok).toBe(true);
  });

  it("accepts a blank schema as a model without schema", () => {
    expect(checkModelSchema("", context)).toEqual({ ok: true, schema: {} });
    expect(checkModelSchema(undefined, context).ok).toBe(true);
  });

  it("answers AWS's full BadRequest message for text that is not JSON", () => {
    const result = checkModelSchema("{type: object", context);
    expect(result).toEqual({
      ok: false,
      reason: "Invalid model schema specified",
      message: "Invalid model specified: Validation Result: warnings : [], errors : [Invalid model schema specified]",
    });
  });

  it("refuses schemas that break the draft 4 meta-schema (empty required, capitalised type)", () => {
    expect(reasonOf('{"type":"object","required":[]}')).toBe("Invalid model schema specified");
    expect(reasonOf('{"type":"String"}')).toBe("Invalid model schema specified");
    expect(reasonOf("[1]")).toBe("Invalid model schema specified");
  });

  it("refuses another draft's $schema", () => {
    expect(reasonOf('{"$schema":"http://json-schema.org/draft-07/schema#","type":"object"}')).toBe(
      "Invalid model schema specified",
    );
  });

  it("lists unsupported keywords found anywhere in the schema, sorted, as AWS does", () => {
    const schema = '{"type":"object","properties":{"a":{"type":"string","example":"x"},"b":{"nullable":true}}}';
    expect(reasonOf(schema)).toBe('Invalid model schema specified. Unsupported keyword(s): ["example","nullable"]');
  });

  it("does not mistake property names or enum values for keywords", () => {
    expect(reasonOf('{"properties":{"example":{"enum":[{"nullable":1}]}},"definitions":{"x":{}}}')).toBeNull();
  });

  it("refuses an invalid regular expression in pattern", () => {
    expect(reasonOf('{"type":"string","pattern":"("}')).toBe("Invalid model schema specified");
  });

  it("accepts references to models of the same API in canonical form, and local pointers", () => {
    const schema =
      '{"properties":{"owner":{"$ref":"https://apigateway.amazonaws.com/restapis/abc123/models/Owner"},"tag":{"$ref":"#/definitions/Tag"}},"definitions":{"Tag":{"type":"string"}}}';
    expect(reasonOf(schema)).toBeNull();
  });

  it("refuses a reference that is not in canonical form, or names another API", () => {
    expect(reasonOf('{"$ref":"https://example.com/schemas/pet.json"}')).toBe("Model reference must be in canonical form");
    expect(reasonOf('{"$ref":"https://apigateway.amazonaws.com/restapis/other/models/Pet"}')).toBe(
      "Model reference must be in canonical form",
    );
  });

  it("refuses references to a model or pointer that does not exist", () => {
    expect(reasonOf('{"$ref":"https://apigateway.amazonaws.com/restapis/abc123/models/Ghost"}')).toBe(
      "Invalid model reference specified: https://apigateway.amazonaws.com/restapis/abc123/models/Ghost",
    );
    expect(reasonOf('{"$ref":"#/definitions/Nope"}')).toBe("Invalid model reference specified: #/definitions/Nope");
  });
});
