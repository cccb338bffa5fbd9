import { describe, expect, it } from "vitest";
import { PorticoError } from "@/lib/errors";
import { parsePatchOperations, splitPatchPath } from "./patch-operations";
import { toUpdateRestApiInput, toUpdateStageInput } from "./update-inputs";

function thrown(fn: () => unknown): PorticoError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PorticoError) return error;
    throw error;
  }
  throw new Error("expected a PorticoError");
}

describe("parsePatchOperations", () => {
  it("reads the list and treats an absent list as no change", () => {
    const ops = [{ op: "replace", path: "/name", value: "pets" }];
    expect(parsePatchOperations({ patchOperations: ops })).toEqual(ops);
    expect(parsePatchOperations({})).toEqual([]);
    expect(parsePatchOperations(undefined)).toEqual([]);
  });

  it("rejects unknown ops and paths without a leading slash, naming the problem", () => {
    const badOp = thrown(() => parsePatchOperations({ patchOperations: [{ op: "merge", path: "/name" }] }));
    expect([badOp.code, badOp.message]).toEqual(["BadRequestException", expect.stringContaining("op must be one of")]);
    expect(thrown(() => parsePatchOperations({ patchOperations: [{ op: "add", path: "name" }] })).message).toContain("starts with '/'");
    expect(thrown(() => parsePatchOperations({ patchOperations: "replace" })).code).toBe("BadRequestException");
  });
});

describe("splitPatchPath", () => {
  it("unescapes ~1 to / and ~0 to ~, in that order", () => {
    expect(splitPatchPath("/variables/a~1b")).toEqual(["variables", "a/b"]);
    expect(splitPatchPath("/x/~01")).toEqual(["x", "~1"]);
  });
});

describe("toUpdateRestApiInput", () => {
  it("maps replace /name and /description", () => {
    expect(
      toUpdateRestApiInput([
        { op: "replace", path: "/name", value: "pets" },
        { op: "replace", path: "/description", value: "the pet store" },
      ]),
    ).toEqual({ name: "pets", description: "the pet store" });
  });

  it("names an unsupported path or op in a BadRequestException", () => {
    const error = thrown(() => toUpdateRestApiInput([{ op: "replace", path: "/policy", value: "{}" }]));
    expect(error.code).toBe("BadRequestException");
    expect(error.message).toContain("'/policy'");
    expect(thrown(() => toUpdateRestApiInput([{ op: "remove", path: "/name" }])).message).toContain("op 'remove'");
    expect(thrown(() => toUpdateRestApiInput([{ op: "replace", path: "/name" }])).message).toContain("needs a value");
  });
});

describe("toUpdateStageInput", () => {
  it("maps deploymentId, description and variable add/replace/remove", () => {
    expect(
      toUpdateStageInput([
        { op: "replace", path: "/deploymentId", value: "dep0000001" },
        { op: "replace", path: "/description", value: "rolled back" },
        { op: "add", path: "/variables/backend", value: "http://a" },
        { op: "replace", path: "/variables/color", value: "blue" },
        { op: "remove", path: "/variables/old" },
      ]),
    ).toEqual({
      deploymentId: "dep0000001",
      description: "rolled back",
      setVariables: { backend: "http://a", color: "blue" },
      removeVariables: ["old"],
    });
  });

  it("lets the later operation on one variable win", () => {
    expect(
      toUpdateStageInput([
        { op: "add", path: "/variables/x", value: "1" },
        { op: "remove", path: "/variables/x" },
      ]),
    ).toEqual({ removeVariables: ["x"] });
    expect(
      toUpdateStageInput([
        { op: "remove", path: "/variables/x" },
        { op: "replace", path: "/variables/x", value: "2" },
      ]),
    ).toEqual({ setVariables: { x: "2" } });
  });

  it("keeps a variable called __proto__ as a plain entry", () => {
    const input = toUpdateStageInput([{ op: "add", path: "/variables/__proto__", value: "v" }]);
    expect(Object.keys(input.setVariables ?? {})).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(input.setVariables)).toBe(Object.prototype);
  });

  it("rejects unsupported stage paths and variable paths with extra parts", () => {
    expect(thrown(() => toUpdateStageInput([{ op: "replace", path: "/cacheClusterEnabled", value: "true" }])).message).toContain(
      "'/cacheClusterEnabled'",
    );
    expect(thrown(() => toUpdateStageInput([{ op: "add", path: "/variables/a/b", value: "1" }])).code).toBe("BadRequestException");
    expect(thrown(() => toUpdateStageInput([{ op: "move", path: "/variables/a", from: "/variables/b" }])).message).toContain("op 'move'");
  });
});
