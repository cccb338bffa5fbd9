import { describe, expect, it } from "vitest";
import { DEFAULT_VTL_LIMITS, compileTemplate, renderTemplate, type VtlLimits, type VtlResult } from "./index";
import { scanSource } from "./split-source";

function render(template: string, limits: Partial<VtlLimits> = {}, body = ""): VtlResult {
  const compiled = compileTemplate(template);
  if (!compiled.ok) throw new Error(compiled.error.message);
  return renderTemplate(compiled.template, { input: { body, path: {}, querystring: {}, header: {} }, context: {}, stageVariables: {} }, limits);
}

function failure(result: VtlResult) {
  if (result.ok) throw new Error(`expected a failure, got output of ${result.output.length} characters`);
  return result.error;
}

const TRIPLE_LOOP = "#foreach($a in [1..1000])#foreach($b in [1..1000])#foreach($c in [1..1000])x#end#end#end";

describe("limits", () => {
  it("uses AWS's 1,000 #foreach iterations and 10 MB payload as defaults", () => {
    expect(DEFAULT_VTL_LIMITS.maxForeachIterations).toBe(1000);
    expect(DEFAULT_VTL_LIMITS.maxOutputBytes).toBe(10 * 1024 * 1024);
  });

  it("stops each #foreach silently at maxForeachIterations (Velocity's directive.foreach.maxloops)", () => {
    const result = render("#foreach($i in $input.path('$'))x#end|#foreach($i in [1..5])y#end", { maxForeachIterations: 3 }, "[1,2,3,4,5,6]");
    expect(result.ok && result.output).toBe("xxx|yyy");
  });

  it("ends 1,000 x 1,000 x 1,000 nested loops with a limit error once the time budget is spent", () => {
    const started = performance.now();
    const error = failure(render(TRIPLE_LOOP, { now: () => performance.now(), timeBudgetMs: 100, maxSteps: Number.MAX_SAFE_INTEGER }));
    expect(error.kind).toBe("limit");
    expect(error.message).toMatch(/time budget of 100 ms/);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("checks the time budget with the injected clock (no clock of its own)", () => {
    let t = 0;
    const error = failure(render("#foreach($a in [1..1000])#foreach($b in [1..1000])#end#end", { now: () => (t += 5), timeBudgetMs: 50, maxSteps: Number.MAX_SAFE_INTEGER }));
    expect(error.kind).toBe("limit");
    expect(t).toBeLessThan(1000);
  });

  it("ends nested loops with a limit error without a clock, through the step budget", () => {
    const error = failure(render(TRIPLE_LOOP, { maxSteps: 20_000 }));
    expect(error).toMatchObject({ kind: "limit", line: 1 });
    expect(error.message).toMatch(/20000 loop iterations/);
  });

  it("also stops the default configuration (one million steps) well before the loops finish", () => {
    const error = failure(render(TRIPLE_LOOP));
    expect(error.kind).toBe("limit");
  });

  it("fails with kind limit when the output passes maxOutputBytes", () => {
    const error = failure(render("#foreach($i in [1..100])0123456789#end", { maxOutputBytes: 500 }));
    expect(error.kind).toBe("limit");
    expect(error.message).toMatch(/exceeds 500 bytes/);
  });

  it("counts output in UTF-8 bytes: five 2-byte characters fit in 10 bytes, six do not", () => {
    expect(render("ééééé", { maxOutputBytes: 10 }).ok).toBe(true);
    expect(failure(render("éééééé", { maxOutputBytes: 10 })).kind).toBe("limit");
  });

  it("caps strings built in memory, not only what is printed", () => {
    const error = failure(render('#set($s = "ab")#foreach($i in [1..64])#set($s = "$s$s")#end', { maxOutputBytes: 1 << 20 }));
    expect(error.kind).toBe("limit");
  });

  it("refuses a range literal bigger than the step budget instead of allocating it", () => {
    expect(failure(render("#set($r = [1..100000000])$r.size()")).kind).toBe("limit");
  });

  it("generates a range walked by #foreach lazily: [1..100000000] costs 1,000 iterations", () => {
    const result = render("#set($n = 0)#foreach($i in [1..100000000])#set($n = $i)#end$n", { maxSteps: 2000 });
    expect(result.ok && result.output).toBe("1000");
  });

  it("stops macro recursion at Velocity's depth of 20 with a runtime error naming the macro", () => {
    const error = failure(render("#macro(loop $n)#loop($n)#end\n#loop(1)"));
    expect(error).toMatchObject({ kind: "runtime", line: 1 });
    expect(error.message).toMatch(/Max calling depth of 20 was exceeded in macro 'loop'/);
  });

  it("stops a #define that renders itself", () => {
    expect(failure(render("#define($d)[$d]#end$d")).message).toMatch(/Max calling depth/);
  });

  it("refuses regular expressions that backtrack exponentially before running them", () => {
    const started = performance.now();
    for (const pattern of ["(a+)+$", "(a|aa)*$", "(\\w*\\s?)*x"]) {
      const error = failure(render(`#set($s = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')$s.matches('${pattern}')`));
      expect(error.message).toMatch(/exponential time/);
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("still runs linear regular expressions with groups and classes", () => {
    const result = render("#set($s = 'a-b_c d')$s.replaceAll('([\\w-]+)', '<$1>') $s.matches('(?i)[A-Z_ -]+')");
    expect(result.ok && result.output).toBe("<a-b_c> <d> true");
  });

  it("fails like Java when a #foreach changes the list it walks (ConcurrentModificationException)", () => {
    expect(failure(render("#set($l = [1, 2])#foreach($x in $l)#set($ok = $l.add(3))#end")).message).toMatch(/ConcurrentModificationException/);
  });
});

describe("compile-time limits", () => {
  it("refuses nesting deeper than 100 levels with kind limit", () => {
    const compiled = compileTemplate("#set($x = " + "(".repeat(150) + "1" + ")".repeat(150) + ")");
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.error.kind).toBe("limit");
  });

  it("refuses a line or block with more than 4,000 references (velocityjs parses those in quadratic time)", () => {
    const started = performance.now();
    const compiled = compileTemplate("$a".repeat(5000));
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.error).toMatchObject({ kind: "limit" });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("parses a long template in pieces, in linear time, with lines numbered across pieces", () => {
    const line = '"f$i": "$util.escapeJavaScript($input.path(\'$.a\'))", ## note\n';
    const source = `${line.repeat(3000)}#set($i = 'x')\n$i.substring(5)`;
    const started = performance.now();
    const compiled = compileTemplate(source);
    // Whole, this template takes velocityjs tens of seconds; the bound only catches a fall back to that.
    expect(performance.now() - started).toBeLessThan(10_000);
    if (!compiled.ok) throw new Error(compiled.error.message);
    const result = renderTemplate(compiled.template, { input: { body: '{"a": "x"}', path: {}, querystring: {}, header: {} }, context: {}, stageVariables: {} });
    expect(failure(result)).toMatchObject({ kind: "runtime", line: 3002 });
  });

  it("cuts only at line ends outside blocks, parentheses, comments and raw sections", () => {
    const source = ["a\n", "#if($x)\nb\n#end\n", "$f(1,\n2)\n", "#* c\n *#\n", "#[[ r\n ]]#\n", "## #if(\n", "z\n", "end"].join("");
    const cuts = scanSource(source, 1).cuts.map((at) => source.slice(0, at).split("\n").length);
    // Line numbers where a new piece may start: after "a", after "#end", after "2)", after the comment, the raw section, "z".
    expect(cuts).toEqual([2, 5, 7, 9, 11, 12, 13]);
  });
});

