import { describe, expect, it } from "vitest";
import { compileTemplate, renderTemplate } from "./index";

function syntaxError(source: string) {
  const compiled = compileTemplate(source);
  if (compiled.ok) throw new Error("expected a syntax error");
  return compiled.error;
}

function render(source: string): string {
  const compiled = compileTemplate(source);
  if (!compiled.ok) throw new Error(compiled.error.message);
  const result = renderTemplate(compiled.template, { input: { body: "", path: {}, querystring: {}, header: {} }, context: {}, stageVariables: {} });
  if (!result.ok) throw new Error(result.error.message);
  return result.output;
}

describe("syntax errors", () => {
  it("reports an unterminated directive with its line and column", () => {
    expect(syntaxError("line one\n#if($x\nmore")).toMatchObject({ kind: "syntax", line: 2 });
  });

  it("rejects an #if that is never closed, naming the line it opens on (velocityjs alone would repeat the tail)", () => {
    const error = syntaxError("a\n#foreach($i in [1..2])\n#if($i == 1)x\n#end\nb");
    expect(error.message).toMatch(/#foreach is never closed/);
    expect(error.line).toBe(2);
  });

  it("rejects a stray #end, naming its line (velocityjs alone would drop the rest of the template)", () => {
    const error = syntaxError("#if(true)a#end\nb\n#end\nc");
    expect(error.message).toMatch(/#end without a matching/);
    expect(error.line).toBe(3);
  });

  it("rejects #else and #elseif outside #if, and #elseif after #else", () => {
    expect(syntaxError("a #else b").message).toMatch(/#else without a matching #if/);
    expect(syntaxError("#foreach($i in [1])#elseif($i)#end").message).toMatch(/#elseif without a matching #if/);
    expect(syntaxError("#if($a)1#else 2#elseif($b)3#end").message).toMatch(/#elseif after #else/);
  });

  it("checks double-quoted strings as templates too", () => {
    const error = syntaxError('ok\n#set($s = "a #end b")');
    expect(error.message).toMatch(/In string "a #end b"/);
    expect(error.line).toBe(2);
  });

  it("compiles a template once and renders it many times without parsing again", () => {
    const compiled = compileTemplate("#foreach($i in [1..3])$i#end");
    if (!compiled.ok) throw new Error(compiled.error.message);
    const env = { input: { body: "", path: {}, querystring: {}, header: {} }, context: {}, stageVariables: {} };
    const outputs = Array.from({ length: 3 }, () => renderTemplate(compiled.template, env));
    expect(outputs.every((r) => r.ok && r.output === "123")).toBe(true);
    expect(Object.isFrozen(compiled.template)).toBe(true);
  });
});

describe("whitespace as Velocity 1.7 writes it", () => {
  it("eats the newline after a directive, including a Windows \\r\\n", () => {
    expect(render("#set($a = 1)\n$a\r\n#if(true)\r\nyes\r\n#end\r\nend")).toBe("1\r\nyes\r\nend");
  });

  it("keeps the indentation of #if and #foreach lines (Velocity 1.7 does not gobble it)", () => {
    expect(render("[\n  #foreach($i in [1..2])\n  $i\n  #end\n]")).toBe("[\n    1\n    2\n  ]");
  });

  it("keeps a newline after a reference", () => {
    expect(render("#set($a = 'x')\n$a\n$a")).toBe("x\nx");
  });
});

describe("runtime errors name the line", () => {
  it("inside a macro body, the line of the failing call in the macro", () => {
    const compiled = compileTemplate("#macro(cut $s)\n$s.substring(9)\n#end\nok\n#cut('abc')");
    if (!compiled.ok) throw new Error(compiled.error.message);
    const result = renderTemplate(compiled.template, { input: { body: "", path: {}, querystring: {}, header: {} }, context: {}, stageVariables: {} });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ kind: "runtime", line: 2 });
  });
});
