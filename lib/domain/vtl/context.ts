/**
 * `$context` and `$stageVariables` as template values, and AWS's mapping template overrides:
 * `$context.requestOverride.{header,querystring,path}.X` and `$context.responseOverride.{header.X,status}`.
 * AWS: "Overrides are final. An override may only be applied to each parameter once"; a second assignment
 * is a 5XX, so it is a runtime error here.
 */
import { VtlRuntimeError } from "./errors";
import { javaToString } from "./text";
import { JDouble, type VtlMap, type VtlValue } from "./values";

/** A `$context` map whose entries can be assigned once; `fixed` entries cannot be replaced at all. */
export class OverrideMap extends Map<string, VtlValue> {
  readonly assigned = new Set<string>();

  constructor(
    readonly label: string,
    readonly fixed: ReadonlySet<string> = new Set(),
  ) {
    super();
  }
}

/** The one way templates put into maps (#set and .put()), so overrides obey AWS's rules. */
export function mapPut(map: VtlMap, key: string, value: VtlValue): VtlValue {
  if (map instanceof OverrideMap) {
    if (map.fixed.has(key)) throw new VtlRuntimeError(`$context.${map.label}.${key} cannot be replaced; set its entries instead`);
    if (map.assigned.has(key)) {
      throw new VtlRuntimeError(`$context.${map.label}.${key} is already overridden; AWS applies each override only once`);
    }
    map.assigned.add(key);
  }
  const old = map.get(key) ?? null;
  map.set(key, value);
  return old;
}

const MAX_DEPTH = 32;

/** Plain data (what the runtime builds: strings, numbers, booleans, nested objects) to template values. */
export function fromPlain(value: unknown, depth = 0): VtlValue {
  if (value === null || value === undefined || depth > MAX_DEPTH) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : new JDouble(value);
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map((item) => fromPlain(item, depth + 1));
  if (typeof value === "object" && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
    const map: VtlMap = new Map();
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) map.set(key, fromPlain(record[key], depth + 1));
    return map;
  }
  // Functions, class instances and symbols are not data; a template must not reach them.
  return null;
}

export interface ContextOverrides {
  requestOverride: { header: OverrideMap; querystring: OverrideMap; path: OverrideMap };
  responseOverride: { header: OverrideMap; root: OverrideMap };
}

function seeded(label: string, from: VtlValue): OverrideMap {
  const map = new OverrideMap(label);
  if (from instanceof Map) for (const [k, v] of from) map.set(k, v);
  return map;
}

/** `$context` for one render: the runtime's values plus fresh override maps (seeded from any it passed). */
export function buildContext(context: Record<string, unknown>): { map: VtlMap; overrides: ContextOverrides } {
  const base = fromPlain(context);
  const map: VtlMap = base instanceof Map ? base : new Map();
  const req = map.get("requestOverride") ?? null;
  const res = map.get("responseOverride") ?? null;
  const part = (m: VtlValue, key: string) => (m instanceof Map ? (m.get(key) ?? null) : null);

  const requestRoot = new OverrideMap("requestOverride", new Set(["header", "querystring", "path"]));
  const request = {
    header: seeded("requestOverride.header", part(req, "header")),
    querystring: seeded("requestOverride.querystring", part(req, "querystring")),
    path: seeded("requestOverride.path", part(req, "path")),
  };
  requestRoot.set("header", request.header).set("querystring", request.querystring).set("path", request.path);

  const responseRoot = new OverrideMap("responseOverride", new Set(["header"]));
  const responseHeader = seeded("responseOverride.header", part(res, "header"));
  responseRoot.set("header", responseHeader);
  const status = part(res, "status");
  if (status !== null) responseRoot.set("status", status);

  map.set("requestOverride", requestRoot);
  map.set("responseOverride", responseRoot);
  return { map, overrides: { requestOverride: request, responseOverride: { header: responseHeader, root: responseRoot } } };
}

/** Header and parameter values as strings; a list becomes a comma-joined header value; null means unset. */
function toRecord(map: VtlMap): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of map) {
    if (v === null) continue;
    Object.defineProperty(out, k, {
      value: Array.isArray(v) ? v.map((item) => javaToString(item)).join(",") : javaToString(v),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function statusOf(v: VtlValue): number | undefined {
  if (v === null) return undefined;
  const n = typeof v === "number" ? v : v instanceof JDouble ? Math.trunc(v.value) : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 100 || n > 599) {
    throw new VtlRuntimeError(`$context.responseOverride.status must be an HTTP status code, got '${javaToString(v)}'`);
  }
  return n;
}

export function collectOverrides(o: ContextOverrides): {
  requestOverride: { header: Record<string, string>; querystring: Record<string, string>; path: Record<string, string> };
  responseOverride: { status?: number; header: Record<string, string> };
} {
  const status = statusOf(o.responseOverride.root.get("status") ?? null);
  return {
    requestOverride: {
      header: toRecord(o.requestOverride.header),
      querystring: toRecord(o.requestOverride.querystring),
      path: toRecord(o.requestOverride.path),
    },
    responseOverride: status === undefined ? { header: toRecord(o.responseOverride.header) } : { status, header: toRecord(o.responseOverride.header) },
  };
}
