/**
 * The right-hand side of AWS parameter mappings (requestParameters / responseParameters values):
 * `method.request.*` or `integration.response.*` data, `context.*`, `stageVariables.*` or a `'static'` value.
 * Parsed once per deployment; resolving is a lookup per request.
 */
import { mappedValueText, parseJsonPath, readJsonPath, type JsonPathStep } from "./json-path";

export type MappingSource =
  | { kind: "static"; value: string }
  | { kind: "context"; path: JsonPathStep[] }
  | { kind: "stage-variable"; name: string }
  | { kind: "header"; name: string; multi: boolean }
  | { kind: "querystring"; name: string; multi: boolean }
  | { kind: "path"; name: string }
  /** path null: the whole body text. */
  | { kind: "body"; path: JsonPathStep[] | null };

/** Which side a mapping reads from: the client's method request, or the backend's integration response. */
export type MappingSide = "method.request" | "integration.response";

const FIELD = /^(header|multivalueheader|querystring|multivaluequerystring|path)\.(.+)$/;

/** null for an expression AWS would not accept here (AWS refuses it at PutIntegration; we skip it). */
export function parseMappingSource(expression: string, side: MappingSide): MappingSource | null {
  if (expression.length >= 2 && expression.startsWith("'") && expression.endsWith("'")) {
    return { kind: "static", value: expression.slice(1, -1) };
  }
  if (expression.startsWith("context.")) {
    const path = parseJsonPath(expression.slice("context.".length));
    return path ? { kind: "context", path } : null;
  }
  if (expression.startsWith("stageVariables.")) {
    const name = expression.slice("stageVariables.".length);
    return name ? { kind: "stage-variable", name } : null;
  }
  const prefix = `${side}.`;
  if (!expression.startsWith(prefix)) return null;
  const rest = expression.slice(prefix.length);
  if (rest === "body") return { kind: "body", path: null };
  if (rest.startsWith("body.")) {
    const path = parseJsonPath(rest.slice("body.".length));
    return path ? { kind: "body", path } : null;
  }
  const field = FIELD.exec(rest);
  if (!field) return null;
  const [, location, name] = field;
  if (location === "header" || location === "multivalueheader") return { kind: "header", name, multi: location !== "header" };
  // The integration response has headers and a body only.
  if (side === "integration.response") return null;
  if (location === "path") return { kind: "path", name };
  return { kind: "querystring", name, multi: location !== "querystring" };
}

/** What a source reads. Header names are matched exactly as sent: AWS processes them case-sensitively. */
export interface MappingData {
  headers: Readonly<Record<string, readonly string[]>>;
  query?: Readonly<Record<string, readonly string[]>>;
  path?: Readonly<Record<string, string>>;
  /** Body text; parsed only when a mapping reads `body.<path>`. */
  body: string;
  /** Nested $context values (`identity.sourceIp`, `requestId`, `authorizer.claims.sub`...). */
  context: Readonly<Record<string, unknown>>;
  stageVariables: Readonly<Record<string, string>>;
}

/** Memo of the parsed body for one evaluation: a body mapping parses the body at most once. */
export interface BodyCache {
  parsed?: { ok: true; value: unknown } | { ok: false };
}

/**
 * The value(s) a source yields: a string, a list (multivaluequerystring keeps each value), or undefined when
 * there is nothing to map (AWS then leaves the target out). `{ invalidBody: true }` when a body path is read
 * from a body that starts like JSON but is not.
 */
export function resolveMappingSource(
  source: MappingSource,
  data: MappingData,
  cache: BodyCache,
): string | string[] | undefined | { invalidBody: true } {
  switch (source.kind) {
    case "static":
      return source.value;
    case "context":
      return mappedValueText(readJsonPath(data.context, source.path));
    case "stage-variable":
      return data.stageVariables[source.name];
    case "path":
      return data.path?.[source.name];
    case "header": {
      const values = data.headers[source.name];
      if (!values || values.length === 0) return undefined;
      // One header: its last occurrence. All of them: joined with commas, as AWS folds multi-value headers.
      return source.multi ? values.join(",") : values[values.length - 1];
    }
    case "querystring": {
      const values = data.query?.[source.name];
      if (!values || values.length === 0) return undefined;
      return source.multi ? [...values] : values[values.length - 1];
    }
    case "body": {
      const text = data.body.trim();
      cache.parsed ??= parseBody(text);
      if (!cache.parsed.ok) return { invalidBody: true };
      if (source.path === null) return text === "" ? "{}" : text;
      return mappedValueText(readJsonPath(cache.parsed.value, source.path));
    }
  }
}

/**
 * AWS parses a body for mappings only when it looks like JSON (starts with `{`, `[`, `"` or `'`); other
 * bodies count as an empty object, so a path into them maps nothing. Observed by LocalStack against AWS.
 */
function parseBody(text: string): { ok: true; value: unknown } | { ok: false } {
  const first = text[0];
  if (first !== "{" && first !== "[" && first !== '"' && first !== "'") return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
