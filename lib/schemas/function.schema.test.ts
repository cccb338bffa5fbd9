import { describe, expect, it } from "vitest";
import {
  additionalVersionWeights,
  createAliasSchema,
  createFunctionSchema,
  environmentSchema,
  environmentSize,
  handlerSchema,
  testInvokeSchema,
  updateAliasSchema,
} from "./function.schema";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe("createFunctionSchema", () => {
  it("fills Lambda's defaults: nodejs20.x and index.handler", () => {
    expect(createFunctionSchema.parse({ functionName: "pets_api-2" })).toEqual({
      functionName: "pets_api-2",
      description: "",
      runtime: "nodejs20.x",
      handler: "index.handler",
    });
  });

  it("refuses names outside Lambda's pattern or over 64 characters, and runtimes Portico does not run", () => {
    expect(createFunctionSchema.safeParse({ functionName: "pets.api" }).success).toBe(false);
    expect(createFunctionSchema.safeParse({ functionName: "x".repeat(65) }).success).toBe(false);
    expect(createFunctionSchema.safeParse({ functionName: "x".repeat(64) }).success).toBe(true);
    expect(messages(createFunctionSchema.safeParse({ functionName: "ok", runtime: "python3.12" }))).toEqual([
      "Choose one of nodejs18.x, nodejs20.x, nodejs22.x.",
    ]);
  });
});

describe("handlerSchema", () => {
  it("accepts file.export with folders and nested exports, refuses what the runtime cannot load", () => {
    for (const ok of ["index.handler", "src/app.main", "app.routes.get"]) expect(handlerSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ["index", ".handler", "index.", "src/.handler", "../app.handler", "my handler.x"]) {
      expect(handlerSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe("environmentSchema", () => {
  it("measures variables as compact JSON and allows exactly 4096 bytes", () => {
    expect([environmentSize({ A1: "e" }), environmentSize({ A1: "é" })]).toEqual([10, 11]);
    expect(environmentSchema.safeParse({ A1: "x".repeat(4096 - 9) }).success).toBe(true);
    expect(messages(environmentSchema.safeParse({ A1: "x".repeat(4096 - 8) }))).toEqual([
      "Environment variables take 4097 bytes; Lambda allows 4096 (4 KB) in all.",
    ]);
  });

  it("refuses keys outside Lambda's pattern and the runtime's reserved keys", () => {
    expect(messages(environmentSchema.safeParse({ "1X": "a", A: "b", AWS_REGION: "c" }))).toEqual([
      'Names start with a letter, then at least one letter, digit or _. (got "1X")',
      'Names start with a letter, then at least one letter, digit or _. (got "A")',
      'AWS_REGION is set by the Lambda runtime and cannot be changed. (got "AWS_REGION")',
    ]);
  });
});

describe("alias schemas", () => {
  it("refuses digit-only names, routing from $LATEST and routing to the main version", () => {
    expect(createAliasSchema.safeParse({ name: "42", functionVersion: "1" }).success).toBe(false);
    expect(createAliasSchema.safeParse({ name: "live", functionVersion: "$LATEST", routing: { version: "2", weight: 0.1 } }).success).toBe(false);
    expect(updateAliasSchema.safeParse({ functionVersion: "2", routing: { version: "2", weight: 0.1 } }).success).toBe(false);
    expect(messages(createAliasSchema.safeParse({ name: "live", functionVersion: "1", routing: { version: "2", weight: 1.01 } }))).toEqual([
      "The routing weight is between 0 and 100%.",
    ]);
  });

  it("turns the routing field into AdditionalVersionWeights", () => {
    const parsed = createAliasSchema.parse({ name: "live", functionVersion: "1", routing: { version: "2", weight: 0.25 } });
    expect(additionalVersionWeights(parsed.routing)).toEqual({ "2": 0.25 });
    expect(additionalVersionWeights(createAliasSchema.parse({ name: "live", functionVersion: "1" }).routing)).toEqual({});
  });
});

describe("testInvokeSchema", () => {
  it("takes any JSON text (empty means {}) and refuses text that is not JSON", () => {
    for (const event of ['{"a":1}', "[1]", '"text"', "", "  "]) expect(testInvokeSchema.safeParse({ event }).success, event).toBe(true);
    expect(messages(testInvokeSchema.safeParse({ event: "{a:1}" }))).toEqual(["The test event must be valid JSON."]);
  });
});
