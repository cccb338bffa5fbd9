import { describe, expect, it } from "vitest";
import { PorticoError } from "@/lib/errors";
import { parsePatchOperations, splitPatchPath } from "./patch-operations";
import { toUpdateRestApiInput } from "./update-inputs";

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
