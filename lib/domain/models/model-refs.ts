/**
 * How AWS API Gateway models point at each other: `$ref` to the canonical model URL
 * `https://apigateway.amazonaws.com/restapis/{restApiId}/models/{ModelName}` (optionally with a `#/...` fragment),
 * or a local JSON pointer (`#/definitions/...`) inside the same model.
 */

const CANONICAL = /^https:\/\/apigateway\.amazonaws\.com\/restapis\/([^/#]+)\/models\/([^/#]+)(#.*)?$/;

export type ModelRef =
  | { kind: "local"; pointer: string }
  | { kind: "model"; restApiId: string; modelName: string; pointer: string }
  | { kind: "non-canonical" };

/** The URL another model of the same API uses to reference `modelName`; Portico also uses it as the schema id. */
export function modelRefUrl(restApiId: string, modelName: string): string {
  return `https://apigateway.amazonaws.com/restapis/${restApiId}/models/${modelName}`;
}

export function parseModelRef(ref: string): ModelRef {
  if (ref.startsWith("#")) return { kind: "local", pointer: ref.slice(1) };
  const match = CANONICAL.exec(ref);
  if (!match) return { kind: "non-canonical" };
  return { kind: "model", restApiId: match[1], modelName: match[2], pointer: (match[3] ?? "#").slice(1) };
}

/** Resolves an RFC 6901 pointer ("/definitions/a~1b") inside a parsed schema; undefined when it leads nowhere. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === "" || pointer === "/") return pointer === "" ? document : undefined;
  if (!pointer.startsWith("/")) return undefined;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split("/")) {
    const token = decodePointerToken(raw);
    if (token === null || node === null || typeof node !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

function decodePointerToken(raw: string): string | null {
  let text: string;
  try {
    // Pointers inside a URI fragment may be percent-encoded (`#/definitions/a%20b`).
    text = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return text.replace(/~1/g, "/").replace(/~0/g, "~");
}
