import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compileTemplate, renderTemplate, type VtlEnvironment, type VtlResult } from "./index";

function env(body = '{"a": {"b": 1}}'): VtlEnvironment {
  return {
    input: { body, path: { id: "1" }, querystring: { q: "x" }, header: { Host: "example.com" } },
    context: { requestId: "r-1", identity: { sourceIp: "192.0.2.1" }, authorizer: { principalId: "u" } },
    stageVariables: { s: "v" },
  };
}

function render(template: string, e: VtlEnvironment = env()): VtlResult {
  const compiled = compileTemplate(template);
  if (!compiled.ok) return { ok: false, error: compiled.error };
  return renderTemplate(compiled.template, e, { now: () => performance.now() });
}

function output(template: string, e?: VtlEnvironment): string {
  const result = render(template, e);
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.message}`);
  return result.output;
}

function prototypeSnapshot(): string[] {
  return [Object.prototype, Array.prototype, Map.prototype, String.prototype, Function.prototype].flatMap((p) => Object.getOwnPropertyNames(p).sort());
}

describe("templates cannot reach JavaScript", () => {
  let before: string[];
  beforeEach(() => {
    before = prototypeSnapshot();
  });
  afterEach(() => {
    // Nothing a template did may have touched the shared prototypes.
    expect(prototypeSnapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it("$input.getClass() and other Java reflection yield nothing", () => {
    expect(output("[$input.getClass()][$input.class][$util.getClass().forName('java.lang.Runtime')][$context.getClass().getName()]")).toBe("[][][][]");
  });

  it("constructor, __proto__ and prototype are not properties of any value", () => {
    const t = "#set($s = 'str')#set($l = [1])[$s.constructor][$l.constructor][$context.constructor][$context.__proto__][$x.__proto__][$input.constructor][$util.prototype][$foreach.constructor]";
    expect(output(t)).toBe("[][][][][][][][]");
  });

  it("\"\".constructor.constructor(\"return process\")() runs nothing", () => {
    // Calling a call's result is not Velocity syntax at all; one call deep resolves to nothing.
    const chained = render('#set($s = "")$s.constructor.constructor("return process")()');
    expect(chained.ok || chained.error.kind).toBe("syntax");
    expect(output("#set($s = \"\")[$s.constructor.constructor('return process')][$s.constructor('return process')]")).toBe("[][]");
  });

  it("$context.constructor.prototype and toString/valueOf games give Java strings or nothing", () => {
    const t = "[$context.constructor.prototype][$context.toString.constructor][$context.valueOf()][$context.identity.toString()][$util.escapeJavaScript.call]";
    expect(output(t)).toBe("[][][][{sourceIp=192.0.2.1}][]");
  });

  it("no global object, process, require, eval or this is visible", () => {
    expect(output("[$globalThis][$process][$require][$window][$this][$eval][$Function][$constructor][$__proto__]")).toBe("[][][][][][][][][]");
  });

  it("velocityjs's own eval macro is a plain unknown directive, printed and not run", () => {
    expect(output("#eval('#set($x = 1)')|$!x|#evaluate('#set($y = 2)')|$!y")).toBe("#eval('#set($x = 1)')||#evaluate('#set($y = 2)')|");
  });

  it("#toString(), #constructor() and other Object.prototype names are rejected as unknown blocks", () => {
    expect(output("#__proto__()")).toBe("#__proto__()");
    for (const name of ["toString", "constructor", "hasOwnProperty", "valueOf"]) {
      for (const template of [`#${name}()`, `#${name}() x #end`]) {
        const compiled = compileTemplate(template);
        expect(compiled.ok, template).toBe(false);
        if (!compiled.ok) expect(compiled.error.kind).toBe("syntax");
      }
    }
  });

  it("setting __proto__ through #set, put and literals only stores data", () => {
    const t = `#set($m = {})
#set($m.__proto__ = 'x')
#set($ignored = $m.put('__proto__', {'polluted': 1}))
#set($context.__proto__.polluted = 1)
#set($context.constructor.prototype.polluted = 1)
#set($n = {'__proto__': {'isAdmin': true}, 'constructor': 'c'})
#set($__proto__ = 1)
$m.size() $m.get('__proto__') $n.constructor`;
    expect(output(t)).toBe("1 {polluted=1} c");
  });

  it("a JSON body with __proto__ and constructor keys is data, not a prototype", () => {
    const body = '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"isAdmin": true}}}';
    expect(output("$input.path('$').keySet() $input.path('$.__proto__.polluted') $input.json('$.constructor')", env(body))).toBe(
      '[__proto__, constructor] true {"prototype":{"isAdmin":true}}',
    );
  });

  it("$util.parseJson of hostile JSON stays data", () => {
    expect(output("#set($o = $util.parseJson('{\"__proto__\":{\"polluted\":1}}'))$o.__proto__.polluted")).toBe("1");
  });

  it("JSONPath filters are compared, never evaluated", () => {
    for (const path of ["$[?(@.constructor.constructor('return process')())]", "$[?(this.polluted = 1)]", "$..[?(process.exit())]"]) {
      const result = render(`$input.json("${path}")`);
      if (result.ok) expect(result.output).toMatch(/^(\[\]|)$/);
      else expect(result.error.kind).toBe("runtime");
    }
  });

  it("a request's header named __proto__ is just a header", () => {
    const e = env();
    e.input.header = JSON.parse('{"__proto__": "evil", "constructor": "c"}') as Record<string, string>;
    expect(output("$input.params('__proto__') $input.params().header.get('constructor') $input.params('toString')|", e)).toBe("evil c |");
  });

  it("an override named __proto__ comes back as an own header, nothing more", () => {
    const result = render("#set($context.responseOverride.header.__proto__ = 'x')ok");
    expect(result.ok).toBe(true);
    if (result.ok) expect(Object.getOwnPropertyNames(result.responseOverride.header)).toEqual(["__proto__"]);
  });
});

describe("templates cannot change what the runtime passed in", () => {
  it("leaves env.input, env.context and env.stageVariables as they were", () => {
    const e = env();
    const copy = structuredClone(e);
    const t = `#set($h = $input.params().header)
#set($ignored = $h.put('Host', 'evil'))
#set($context.identity.sourceIp = '10.0.0.1')
#set($context.requestId = 'x')
#set($stageVariables.s = 'changed')
#set($ignored = $input.path('$.a').put('b', 2))
$input.params('Host') $context.identity.sourceIp $stageVariables.s`;
    expect(output(t, e)).toBe("evil 10.0.0.1 changed");
    expect(e).toEqual(copy);
  });

  it("a second render of the same compiled template starts from a clean state", () => {
    const compiled = compileTemplate("#if($seen)again#end#set($seen = true)#set($context.responseOverride.status = 201)first");
    if (!compiled.ok) throw new Error(compiled.error.message);
    const a = renderTemplate(compiled.template, env());
    const b = renderTemplate(compiled.template, env());
    expect(a).toEqual(b);
    expect(a.ok && a.output).toBe("first");
  });

  it("rejects a template object that compileTemplate did not make", () => {
    const result = renderTemplate({ source: "$input.body" }, env());
    expect(result.ok).toBe(false);
  });
});

describe("no HTML escaping", () => {
  it("prints <, >, & and quotes as they are (AWS does not escape)", () => {
    expect(output("$input.path('$.h') $input.body", env('{"h": "<b>&\\"\'</b>"}'))).toBe(`<b>&"'</b> {"h": "<b>&\\"'</b>"}`);
  });
});
