import { describe, expect, it } from "vitest";
import { velocityCompletions, velocityHover } from "./velocity-assist";

const ctx = { stageVariables: ["backendHost", "alias"] };
const labels = (before: string) => velocityCompletions(before, ctx)?.items.map((i) => i.label) ?? [];

describe("velocityCompletions", () => {
  it("offers the four roots after $ and their members after a dot", () => {
    expect(labels('{"a": $')).toEqual(["input", "util", "context", "stageVariables"]);
    expect(labels("$input.")).toEqual(["body", "json", "path", "params"]);
    expect(labels("$util.base")).toEqual(expect.arrayContaining(["base64Encode", "base64Decode", "escapeJavaScript"]));
    expect(velocityCompletions("$util.base", ctx)?.replace).toBe(4);
  });

  it("walks $context one segment at a time, placeholders becoming tab stops", () => {
    expect(labels("$context.identity.")).toEqual(expect.arrayContaining(["sourceIp", "userAgent", "clientCert"]));
    expect(labels("$context.")).not.toContain("integrationLatency"); // access-log only
    const claims = velocityCompletions("$context.authorizer.claims.", ctx)?.items[0];
    expect(claims).toMatchObject({ insertText: "${1:property}", snippet: true });
  });

  it("lists the API's stage variables and the parameter maps", () => {
    expect(labels("$stageVariables.")).toEqual(["backendHost", "alias"]);
    expect(labels("$input.params().")).toEqual(["header", "querystring", "path"]);
  });

  it("offers directives after # but not in ## comments", () => {
    expect(labels("#fo")).toContain("foreach");
    expect(labels("## note #")).toEqual([]);
  });
});

describe("velocityHover", () => {
  it("documents the segment under the cursor", () => {
    const line = "  \"ip\": \"$context.identity.sourceIp\"";
    const hover = velocityHover(line, line.indexOf("sourceIp") + 3, ctx);
    expect(hover).toMatchObject({ signature: "$context.identity.sourceIp", startColumn: line.indexOf("$") + 1 });
    expect(velocityHover("$util.escapeJavaScript($x)", 8, ctx)?.signature).toBe("$util.escapeJavaScript(s)");
    expect(velocityHover("$context.authorizer.claims.email", 30, ctx)?.signature).toBe("$context.authorizer.claims.{property}");
    expect(velocityHover("$stageVariables.nope", 18, ctx)?.description).toMatch(/No stage/);
    expect(velocityHover("plain text", 3, ctx)).toBeNull();
  });
});
