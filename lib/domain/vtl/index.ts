/**
 * API Gateway REST mapping templates (Velocity Template Language) as AWS evaluates them: `$input`, `$util`,
 * `$context` (with requestOverride/responseOverride), `$stageVariables`, Velocity 1.7 semantics and Java
 * string/collection methods. Pure: no I/O, no clock (pass `now`), no Node-only APIs, so the console's live
 * preview runs this same code in the browser.
 *
 *   const compiled = compileTemplate(source);            // once, when the deployment is loaded
 *   if (compiled.ok) renderTemplate(compiled.template, env, { now: () => performance.now() }); // per request
 *
 * velocityjs parses; we evaluate its AST ourselves (compile.ts, evaluate.ts, render.ts). velocityjs's own
 * renderer has JavaScript semantics (10 / 3 is 3.33, "" is false), writes into the objects it renders
 * (`baseRef.eval = ...` on every method call), re-parses double-quoted strings on every render and reaches
 * values through JS property lookup; none of that is what AWS does or what a multi-tenant gateway can run.
 */
import { compileProgram } from "./compile";
import { buildContext, collectOverrides } from "./context";
import { VtlLimitError, VtlRuntimeError } from "./errors";
import { InputObject, type VtlInput } from "./input";
import type { Program } from "./ir";
import { VtlSyntaxError, VtlTooComplexError } from "./parse-checked";
import { Renderer } from "./render";
import { UtilObject } from "./util";
import type { VtlMap, VtlValue } from "./values";

export type { VtlInput } from "./input";
export { CONTEXT_VARIABLES, type ContextVariable } from "./context-variables";

export interface VtlEnvironment {
  input: VtlInput;
  /** Nested `$context` as AWS names it (requestId, identity.sourceIp, error.messageString, ...). */
  context: Record<string, unknown>;
  stageVariables: Record<string, string>;
}

export interface VtlLimits {
  /** Output cap in UTF-8 bytes; also caps any single string the template builds. */
  maxOutputBytes: number;
  /** Iterations per #foreach; AWS's quota is 1,000 and the loop then stops silently. */
  maxForeachIterations: number;
  /** Wall-clock budget per render, checked inside loops and macro calls; needs `now`. */
  timeBudgetMs: number;
  /** Milliseconds from any fixed origin (performance.now, Date.now). Without it only maxSteps bounds time. */
  now: () => number;
  /** #foreach iterations plus macro and #define expansions in one render, counted across all loops. */
  maxSteps: number;
}

/**
 * 10 MB output matches AWS's payload quota (an integration request cannot be larger anyway); 1,000
 * iterations is AWS's #foreach quota; the time and step budgets are ours, so that nested loops
 * (1,000 x 1,000 x 1,000) end with a "limit" error instead of holding the event loop.
 */
export const DEFAULT_VTL_LIMITS: Readonly<Omit<VtlLimits, "now">> = Object.freeze({
  maxOutputBytes: 10 * 1024 * 1024,
  maxForeachIterations: 1000,
  timeBudgetMs: 1000,
  maxSteps: 1_000_000,
});

export interface VtlError {
  kind: "syntax" | "runtime" | "limit";
  message: string;
  /** 1-based position in the template, when known. */
  line?: number;
  column?: number;
  /** AWS's answer when it is not the default 500: 400 for a payload `$input.path` cannot parse. */
  httpStatus?: number;
}

export interface VtlOverrides {
  requestOverride: { header: Record<string, string>; querystring: Record<string, string>; path: Record<string, string> };
  responseOverride: { status?: number; header: Record<string, string> };
}

export type VtlResult = ({ ok: true; output: string } & VtlOverrides) | { ok: false; error: VtlError };

/** A parsed template; opaque, immutable, safe to share between requests. */
export interface CompiledTemplate {
  readonly source: string;
}

const programs = new WeakMap<CompiledTemplate, Program>();

/** Compiles once; errors are "syntax" (with a position when known) or "limit" for a template too large to parse safely. */
export function compileTemplate(source: string): { ok: true; template: CompiledTemplate } | { ok: false; error: VtlError & { kind: "syntax" | "limit" } } {
  try {
    const program = compileProgram(source);
    const template: CompiledTemplate = Object.freeze({ source });
    programs.set(template, program);
    return { ok: true, template };
  } catch (e) {
    if (e instanceof VtlSyntaxError) return { ok: false, error: { kind: "syntax", message: e.message, ...e.pos } };
    if (e instanceof VtlTooComplexError) return { ok: false, error: { kind: "limit", message: e.message } };
    if (e instanceof RangeError) return { ok: false, error: { kind: "limit", message: `Template nested too deeply: ${e.message}` } };
    return { ok: false, error: { kind: "syntax", message: e instanceof Error ? e.message : String(e) } };
  }
}

function toMap(record: Record<string, string>): VtlMap {
  const map: VtlMap = new Map();
  for (const key of Object.keys(record)) map.set(key, String(record[key]));
  return map;
}

export function renderTemplate(template: CompiledTemplate, env: VtlEnvironment, limits: Partial<VtlLimits> = {}): VtlResult {
  const program = programs.get(template);
  if (!program) return { ok: false, error: { kind: "runtime", message: "Not a template returned by compileTemplate" } };
  const { map: context, overrides } = buildContext(env.context);
  const globals = new Map<string, VtlValue>([
    ["input", new InputObject(env.input)],
    ["util", new UtilObject()],
    ["context", context],
    ["stageVariables", toMap(env.stageVariables)],
  ]);
  const renderer = new Renderer(program, globals, { ...DEFAULT_VTL_LIMITS, ...limits });
  const at = () => ({ line: renderer.pos.line, column: renderer.pos.column });
  try {
    const output = renderer.run();
    return { ok: true, output, ...collectOverrides(overrides) };
  } catch (e) {
    if (e instanceof VtlLimitError) return { ok: false, error: { kind: "limit", message: e.message, ...at() } };
    if (e instanceof VtlRuntimeError) {
      const error: VtlError = { kind: "runtime", message: e.message, ...at() };
      if (e.httpStatus !== undefined) error.httpStatus = e.httpStatus;
      return { ok: false, error };
    }
    // A JS stack overflow means nesting our depth guards did not see (e.g. a huge expression).
    if (e instanceof RangeError) return { ok: false, error: { kind: "limit", message: `Template nested too deeply: ${e.message}`, ...at() } };
    return { ok: false, error: { kind: "runtime", message: e instanceof Error ? e.message : String(e), ...at() } };
  }
}
