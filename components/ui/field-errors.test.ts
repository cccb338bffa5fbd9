import { describe, expect, it } from "vitest";
import { fieldErrors } from "./field-errors";

describe("fieldErrors", () => {
  it("keeps the first message of each field", () => {
    const errors = fieldErrors<"name" | "description">([
      { path: ["name"], message: "Name is required." },
      { path: ["name"], message: "Name is too long." },
      { path: ["description"], message: "Too long." },
    ]);
    expect(errors).toEqual({ name: "Name is required.", description: "Too long." });
  });

  it("files a nested issue under its top-level field and skips issues without one", () => {
    expect(fieldErrors([{ path: ["variables", "A"], message: "Bad name." }, { path: [], message: "Whole form." }])).toEqual({ variables: "Bad name." });
  });
});
