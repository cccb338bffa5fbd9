import { describe, expect, it } from "vitest";
import type { PassthroughBehavior } from "../snapshot";
import { selectRequestTemplate } from "./request-template";

const JSON_TEMPLATE = { "application/json": '{"from":"json"}' };
const XML_TEMPLATE = { "application/xml": "<from>xml</from>" };
type Expected = "json" | "xml" | "passthrough" | "unsupported";

function outcome(templates: Record<string, string>, contentType: string | undefined, behavior: PassthroughBehavior): Expected {
  const choice = selectRequestTemplate(templates, contentType, behavior);
  if (choice.kind !== "template") return choice.kind;
  return choice.contentType === "application/json" ? "json" : "xml";
}

// AWS "integration-passthrough-behaviors", example 1 (one application/json template).
const EXAMPLE_1: [string | undefined, PassthroughBehavior, Expected][] = [
  [undefined, "WHEN_NO_MATCH", "json"],
  [undefined, "WHEN_NO_TEMPLATES", "json"],
  [undefined, "NEVER", "json"],
  ["application/json", "WHEN_NO_MATCH", "json"],
  ["application/json", "WHEN_NO_TEMPLATES", "json"],
  ["application/json", "NEVER", "json"],
  ["application/xml", "WHEN_NO_MATCH", "passthrough"],
  ["application/xml", "WHEN_NO_TEMPLATES", "unsupported"],
  ["application/xml", "NEVER", "unsupported"],
];

// Example 2 (one application/xml template).
const EXAMPLE_2: [string | undefined, PassthroughBehavior, Expected][] = [
  [undefined, "WHEN_NO_MATCH", "passthrough"],
  [undefined, "WHEN_NO_TEMPLATES", "unsupported"],
  [undefined, "NEVER", "unsupported"],
  ["application/json", "WHEN_NO_MATCH", "passthrough"],
  ["application/json", "WHEN_NO_TEMPLATES", "unsupported"],
  ["application/json", "NEVER", "unsupported"],
  ["application/xml", "WHEN_NO_MATCH", "xml"],
  ["application/xml", "WHEN_NO_TEMPLATES", "xml"],
  ["application/xml", "NEVER", "xml"],
];

// Example 3 (no templates at all).
const EXAMPLE_3: [string | undefined, PassthroughBehavior, Expected][] = [
  [undefined, "WHEN_NO_MATCH", "passthrough"],
  [undefined, "WHEN_NO_TEMPLATES", "passthrough"],
  [undefined, "NEVER", "unsupported"],
  ["application/json", "WHEN_NO_MATCH", "passthrough"],
  ["application/json", "WHEN_NO_TEMPLATES", "passthrough"],
  ["application/json", "NEVER", "unsupported"],
  ["application/xml", "WHEN_NO_MATCH", "passthrough"],
  ["application/xml", "WHEN_NO_TEMPLATES", "passthrough"],
  ["application/xml", "NEVER", "unsupported"],
];

describe("selectRequestTemplate", () => {
  it.each(EXAMPLE_1)("with a JSON template, Content-Type %s and %s gives %s", (contentType, behavior, expected) => {
    expect(outcome(JSON_TEMPLATE, contentType, behavior)).toBe(expected);
  });

  it.each(EXAMPLE_2)("with an XML template, Content-Type %s and %s gives %s", (contentType, behavior, expected) => {
    expect(outcome(XML_TEMPLATE, contentType, behavior)).toBe(expected);
  });

  it.each(EXAMPLE_3)("with no templates, Content-Type %s and %s gives %s", (contentType, behavior, expected) => {
    expect(outcome({}, contentType, behavior)).toBe(expected);
  });

  it("ignores charset and case when matching the Content-Type", () => {
    expect(outcome(JSON_TEMPLATE, "application/json; charset=UTF-8", "NEVER")).toBe("json");
    expect(outcome(JSON_TEMPLATE, "Application/JSON", "NEVER")).toBe("json");
    expect(selectRequestTemplate({ "Application/Json": "t" }, "application/json", "NEVER")).toEqual({
      kind: "template",
      contentType: "Application/Json",
      template: "t",
    });
  });

  it("returns the template text under the key it was configured with", () => {
    expect(selectRequestTemplate({ "text/plain": "$input.body", ...JSON_TEMPLATE }, "text/plain;charset=utf-8", "NEVER")).toEqual({
      kind: "template",
      contentType: "text/plain",
      template: "$input.body",
    });
  });

  it("treats a blank Content-Type as application/json", () => {
    expect(outcome(JSON_TEMPLATE, "  ", "NEVER")).toBe("json");
  });

  it("passes the body through when the matching template is empty", () => {
    expect(selectRequestTemplate({ "application/json": "" }, "application/json", "NEVER")).toEqual({ kind: "passthrough" });
  });
});
