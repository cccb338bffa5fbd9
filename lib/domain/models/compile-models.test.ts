import { describe, expect, it } from "vitest";
import { compileModels } from "./compile-models";

const API = "abc123";
const ref = (name: string) => `https://apigateway.amazonaws.com/restapis/${API}/models/${name}`;

function validatorOf(schema: object) {
  const compiled = compileModels(API, [{ name: "M", contentType: "application/json", schema: JSON.stringify(schema) }]);
  expect(compiled.errors).toEqual([]);
  return compiled.validators.get("M")!;
}

describe("compileModels", () => {
  it("compiles each model into a validator that returns no messages for valid values", () => {
    const v = validatorOf({ type: "object", required: ["name"], properties: { name: { type: "string" } } });
    expect(v.validate({ name: "rex" })).toEqual([]);
    expect(v.contentType).toBe("application/json");
  });

  it("resolves a model's reference to another model of the same API, in either order", () => {
    const compiled = compileModels(API, [
      { name: "Pet", schema: JSON.stringify({ type: "object", properties: { owner: { $ref: ref("Owner") } } }) },
      { name: "Owner", schema: JSON.stringify({ type: "object", required: ["id"] }) },
    ]);
    expect(compiled.errors).toEqual([]);
    expect(compiled.validators.get("Pet")!.validate({ owner: {} })).toEqual([
      'object has missing required properties (["id"])',
    ]);
  });

  it("resolves local #/definitions pointers and recursive models", () => {
    const v = validatorOf({
      type: "object",
      properties: { tag: { $ref: "#/definitions/Tag" }, child: { $ref: ref("M") } },
      definitions: { Tag: { type: "string" } },
    });
    expect(v.validate({ tag: "a", child: { tag: "b" } })).toEqual([]);
    expect(v.validate({ child: { tag: 1 } })).toEqual([
      'instance type (integer) does not match any allowed primitive type (allowed: ["string"])',
    ]);
  });

  it("reports the model name and reason for an invalid schema, and keeps compiling the others", () => {
    const compiled = compileModels(API, [
      { name: "Bad", schema: '{"type":"object","example":1}' },
      { name: "Good", schema: '{"type":"object"}' },
    ]);
    expect(compiled.errors).toEqual([
      { modelName: "Bad", reason: 'Invalid model schema specified. Unsupported keyword(s): ["example"]' },
    ]);
    expect(compiled.validators.has("Good")).toBe(true);
    expect(compiled.validators.has("Bad")).toBe(false);
  });

  it("reports a model whose reference names an unknown model", () => {
    const compiled = compileModels(API, [{ name: "Pet", schema: JSON.stringify({ $ref: ref("Ghost") }) }]);
    expect(compiled.errors).toEqual([{ modelName: "Pet", reason: `Invalid model reference specified: ${ref("Ghost")}` }]);
  });

  it("reports a model that references an invalid model", () => {
    const compiled = compileModels(API, [
      { name: "Pet", schema: JSON.stringify({ properties: { owner: { $ref: ref("Owner") } } }) },
      { name: "Owner", schema: '{"type":"Object"}' },
    ]);
    expect(compiled.errors).toContainEqual({ modelName: "Owner", reason: "Invalid model schema specified" });
    expect(compiled.errors).toContainEqual({ modelName: "Pet", reason: "references model Owner, which is invalid" });
  });

  it("provides AWS's built-in Empty and Error models when the API's list leaves them out", () => {
    const compiled = compileModels(API, []);
    expect(compiled.validators.get("Empty")!.validate({})).toEqual([]);
    expect(compiled.validators.get("Empty")!.validate([1])).toEqual([
      'instance type (array) does not match any allowed primitive type (allowed: ["object"])',
    ]);
    expect(compiled.validators.has("Error")).toBe(true);
  });

  it("accepts any JSON for a model without schema", () => {
    const compiled = compileModels(API, [{ name: "Any", schema: "" }]);
    expect(compiled.validators.get("Any")!.validate("text")).toEqual([]);
  });
});

describe("validation messages (AWS's json-schema-validator wording)", () => {
  it("lists all missing required properties in one message", () => {
    const v = validatorOf({ required: ["name", "age", "id"] });
    expect(v.validate({ age: 1 })).toEqual(['object has missing required properties (["name","id"])']);
  });

  it("names the instance type and the allowed types for a type mismatch", () => {
    expect(validatorOf({ type: "integer" }).validate(1.5)).toEqual([
      'instance type (number) does not match any allowed primitive type (allowed: ["integer"])',
    ]);
    expect(validatorOf({ type: ["string", "null"] }).validate(true)).toEqual([
      'instance type (boolean) does not match any allowed primitive type (allowed: ["null","string"])',
    ]);
  });

  it("quotes the value and the possible values for enum", () => {
    expect(validatorOf({ enum: ["a", "b"] }).validate("c")).toEqual([
      'instance value ("c") not found in enum (possible values: ["a","b"])',
    ]);
  });

  it("words minimum and maximum, inclusive and exclusive", () => {
    expect(validatorOf({ minimum: 1 }).validate(0)).toEqual([
      "numeric instance is lower than the required minimum (minimum: 1, found: 0)",
    ]);
    expect(validatorOf({ maximum: 10 }).validate(11)).toEqual([
      "numeric instance is greater than the required maximum (maximum: 10, found: 11)",
    ]);
    expect(validatorOf({ minimum: 1, exclusiveMinimum: true }).validate(1)).toEqual([
      "numeric instance is not strictly greater than the required minimum 1",
    ]);
    expect(validatorOf({ maximum: 10, exclusiveMaximum: true }).validate(10)).toEqual([
      "numeric instance is not strictly lower than the required maximum 10",
    ]);
  });

  it("words string length and pattern failures with the offending string", () => {
    expect(validatorOf({ minLength: 3 }).validate("ab")).toEqual([
      'string "ab" is too short (length: 2, required minimum: 3)',
    ]);
    expect(validatorOf({ maxLength: 3 }).validate("abcd")).toEqual([
      'string "abcd" is too long (length: 4, maximum allowed: 3)',
    ]);
    expect(validatorOf({ pattern: "^[a-z]+$" }).validate("AB")).toEqual([
      'ECMA 262 regex "^[a-z]+$" does not match input string "AB"',
    ]);
  });

  it("lists additional properties sorted in one message", () => {
    const v = validatorOf({ properties: { a: {} }, additionalProperties: false });
    expect(v.validate({ a: 1, z: 1, b: 2 })).toEqual([
      'object instance has properties which are not allowed by the schema: ["b","z"]',
    ]);
  });

  it("words array and object size limits", () => {
    expect(validatorOf({ minItems: 2 }).validate([1])).toEqual([
      "array is too short: must have at least 2 elements but instance has 1 elements",
    ]);
    expect(validatorOf({ maxProperties: 1 }).validate({ a: 1, b: 2 })).toEqual([
      "object has too many properties (found 2 but schema requires at most 1)",
    ]);
    expect(validatorOf({ uniqueItems: true }).validate([1, 1])).toEqual(["array must not contain duplicate elements"]);
  });

  it("reports an anyOf failure as one message, without the branches' own errors", () => {
    const v = validatorOf({ properties: { a: { anyOf: [{ type: "string" }, { type: "integer" }] } } });
    expect(v.validate({ a: true })).toEqual(["instance failed to match at least one required schema among 2"]);
  });

  it("counts the matching branches for oneOf", () => {
    expect(validatorOf({ oneOf: [{ type: "string" }, { minLength: 1 }] }).validate("x")).toEqual([
      "instance failed to match exactly one schema (matched 2 out of 2)",
    ]);
  });

  it("checks draft 4 formats with AWS's wording", () => {
    const v = validatorOf({ properties: { at: { format: "date-time" }, mail: { format: "email" }, ip: { format: "ipv4" } } });
    expect(v.validate({ at: "2024-02-03T04:05:06Z", mail: "a@b.c", ip: "10.0.0.1" })).toEqual([]);
    expect(v.validate({ at: "yesterday", mail: "nobody", ip: "300.1.1.1" })).toEqual([
      `string "yesterday" is invalid against requested date format(s) [yyyy-MM-dd'T'HH:mm:ssZ, yyyy-MM-dd'T'HH:mm:ss.[0-9]{1,12}Z]`,
      'string "nobody" is not a valid email address',
      'string "300.1.1.1" is not a valid IPv4 address',
    ]);
  });

  it("ignores formats draft 4 does not define, as AWS's validator does", () => {
    expect(validatorOf({ format: "credit-card" }).validate("anything")).toEqual([]);
  });
});
