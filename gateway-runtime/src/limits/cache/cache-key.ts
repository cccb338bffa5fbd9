/**
 * AWS's cache key: the stage's cache (stage identity and flush generation), the integration's cacheNamespace
 * (the resource by default), the HTTP method, and the values of the integration's cacheKeyParameters
 * (`method.request.{path|querystring|multivaluequerystring|header|multivalueheader}.<name>`, or an
 * `integration.request.*` parameter through its mapping). Compiled once per method; a method without key
 * parameters has one constant key, so a lookup builds no string at all.
 */
import { parseMappingSource, type MappingSource } from "../../../../lib/domain/mapping/mapping-sources";
import type { SnapshotIntegration } from "../../../../lib/domain/snapshot";
import type { Exchange } from "../../pipeline/exchange";

export interface CacheKeyTarget {
  restApiId: string;
  stageName: string;
  /** settings.cacheGeneration: FlushStageCache bumps it, so every old key stops matching on every runtime. */
  generation: number;
  resourcePath: string;
  /** The method as deployed; "ANY" takes the request's method into the key. */
  httpMethod: string;
  integration: SnapshotIntegration;
  stageVariables: Readonly<Record<string, string>>;
  warn(message: string): void;
}

export type CacheKey = (ex: Exchange) => string;

type KeySource = Extract<MappingSource, { kind: "header" | "querystring" | "path" | "static" }>;

export function compileCacheKey(target: CacheKeyTarget): CacheKey {
  const namespace = target.integration.cacheNamespace || target.resourcePath;
  // "api:stage:g3:/pets/{id}:GET": readable in redis-cli. API ids and stage names hold no ":" ([A-Za-z0-9_-]).
  const base = `${target.restApiId}:${target.stageName}:g${target.generation}:${escapePart(namespace)}`;
  const sources = target.integration.cacheKeyParameters.flatMap((parameter) => {
    const source = keySource(parameter, target);
    if (!source) target.warn(`cache key parameter ${parameter} is not a request parameter; left out of the cache key`);
    return source ? [source] : [];
  });
  if (target.httpMethod !== "ANY") {
    const fixed = `${base}:${target.httpMethod}`;
    if (sources.length === 0) return () => fixed;
    return (ex) => `${fixed}:${keyValues(ex, sources)}`;
  }
  if (sources.length === 0) return (ex) => `${base}:${ex.req.method ?? ""}`;
  return (ex) => `${base}:${ex.req.method ?? ""}:${keyValues(ex, sources)}`;
}

/** The namespace is free text (a cacheNamespace may hold anything): its ":" cannot be taken for a separator. */
function escapePart(text: string): string {
  return text.replaceAll("%", "%25").replaceAll(":", "%3A").replaceAll(" ", "%20");
}

function keySource(parameter: string, target: CacheKeyTarget): KeySource | null {
  let expression = parameter;
  if (parameter.startsWith("integration.request.")) {
    // An integration parameter is keyed by what it is mapped from (AWS lets either side be named).
    const mapped = target.integration.requestParameters[parameter];
    if (!mapped) return null;
    expression = mapped;
  }
  const source = parseMappingSource(expression, "method.request");
  if (!source) return null;
  if (source.kind === "stage-variable") return { kind: "static", value: target.stageVariables[source.name] ?? "" };
  if (source.kind === "header") return { kind: "header", name: source.name.toLowerCase(), multi: source.multi };
  if (source.kind === "querystring" || source.kind === "path" || source.kind === "static") return source;
  // $context values (request ids, times) would give every request its own entry.
  return null;
}

/** JSON keeps the values apart: no value can forge another key, and a missing value (null) differs from "". */
function keyValues(ex: Exchange, sources: readonly KeySource[]): string {
  let query: Record<string, string[]> | null = null;
  const values: (string | string[] | null)[] = [];
  for (const source of sources) {
    switch (source.kind) {
      case "static":
        values.push(source.value);
        break;
      case "path":
        values.push(ex.pathParameter(source.name) ?? null);
        break;
      case "querystring": {
        query ??= ex.queryValues();
        const found = query[source.name];
        values.push(!found ? null : source.multi ? found : found[found.length - 1]);
        break;
      }
      case "header":
        values.push(headerValues(ex.req.rawHeaders, source.name, source.multi));
        break;
    }
  }
  return JSON.stringify(values);
}

/** One header: its last occurrence; all of them: every value in order. Names compare case-insensitively. */
function headerValues(raw: readonly string[], lowerName: string, multi: boolean): string | string[] | null {
  let found: string[] | null = null;
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i].length === lowerName.length && raw[i].toLowerCase() === lowerName) (found ??= []).push(raw[i + 1]);
  }
  if (!found) return null;
  return multi ? found : found[found.length - 1];
}
