import { describe, expect, it } from "vitest";
import { INVALID_MODEL_SCHEMA as REASON, invalidModelMessage } from "../domain/models/check-model-schema";
import { EMPTY_MODEL_SCHEMA, INVALID_MODEL_SCHEMA, createModelSchema, modelSchemaProblem } from "./model.schema";

describe("model schema rules", () => {
  it("uses the same refusal text as the draft-4 check in lib/domain/models", () => {
    expect(INVALID_MODEL_SCHEMA).toBe(invalidModelMessage(REASON));
  });

  it("refuses blank, non-JSON and non-object schemas with AWS's texts", () => {
    expect(modelSchemaProblem("  ")).toBe(EMPTY_MODEL_SCHEMA);
    expect(modelSchemaProblem("{")).toBe(INVALID_MODEL_SCHEMA);
    expect(modelSchemaProblem("[]")).toBe(INVALID_MODEL_SCHEMA);
    expect(modelSchemaProblem('{"type":"object"}')).toBeNull();
  });

  it("treats a missing schema as blank and defaults the content type to JSON", () => {
    expect(createModelSchema.safeParse({ name: "Pet" }).success).toBe(false);
    expect(createModelSchema.parse({ name: "Pet", schema: "{}" })).toEqual({ name: "Pet", description: "", contentType: "application/json", schema: "{}" });
  });
});
