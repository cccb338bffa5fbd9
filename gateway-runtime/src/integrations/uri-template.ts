/**
 * An integration URI compiled once per stage: `${stageVariables.x}` substituted, the origin split off (it picks
 * the connection pool) and `{param}` placeholders resolved to indexes into the matched path values.
 */
export interface CompiledUri {
  /** scheme://host[:port] */
  origin: string;
  /** Host header value for the backend. */
  host: string;
  /** Path pieces alternating literal text and parameter indexes (-1: no value, substitutes ""). */
  parts: readonly (string | number)[];
  /** Whether the template's path already has a query string. */
  hasQuery: boolean;
}

const STAGE_VARIABLE = /\$\{stageVariables\.([A-Za-z0-9_.:/-]+)\}/g;
const ORIGIN = /^(https?):\/\/([^/?#]+)(.*)$/i;
const PLACEHOLDER = /\{([A-Za-z0-9._-]+)\}/g;

export type UriCompileResult = { ok: true; uri: CompiledUri } | { ok: false; reason: string };

/**
 * `paramSource(name)` says where the URI's {name} comes from: the index of a path parameter of the matched
 * resource (AWS maps integration.request.path.x from method.request.path.y; HTTP_PROXY defaults to same name).
 */
export function compileUri(
  template: string,
  variables: Readonly<Record<string, string>>,
  paramSource: (name: string) => number,
): UriCompileResult {
  const substituted = template.replace(STAGE_VARIABLE, (_, name: string) => variables[name] ?? "");
  const origin = ORIGIN.exec(substituted);
  if (!origin) return { ok: false, reason: `Invalid endpoint address: ${substituted}` };
  const [, scheme, authority, rest] = origin;
  if (authority.includes("{")) return { ok: false, reason: `Host placeholders are not supported: ${substituted}` };
  const pathAndQuery = rest === "" || rest.startsWith("?") ? `/${rest}` : rest;
  const parts: (string | number)[] = [];
  let last = 0;
  for (const match of pathAndQuery.matchAll(PLACEHOLDER)) {
    parts.push(pathAndQuery.slice(last, match.index));
    parts.push(paramSource(match[1]));
    last = match.index + match[0].length;
  }
  parts.push(pathAndQuery.slice(last));
  return {
    ok: true,
    uri: {
      origin: `${scheme.toLowerCase()}://${authority}`,
      host: authority,
      parts: parts.filter((part) => part !== ""),
      hasQuery: pathAndQuery.includes("?"),
    },
  };
}

/** Per request: concatenation only. Values stay as the client encoded them, so a {proxy+} keeps its slashes. */
export function buildUpstreamPath(uri: CompiledUri, values: readonly string[], query: string): string {
  let path = "";
  const parts = uri.parts;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    path += typeof part === "string" ? part : part >= 0 ? (values[part] ?? "") : "";
  }
  if (query !== "") path += (uri.hasQuery ? "&" : "?") + query;
  return path;
}
