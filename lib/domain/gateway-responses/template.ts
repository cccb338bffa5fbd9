/**
 * AWS API Gateway's gateway-response templates. They are not VTL: AWS substitutes `$context.*` and
 * `$stageVariables.*` references and leaves everything else as written. `$context.error.messageString` is the
 * message as a JSON string literal, so `{"message":$context.error.messageString}` yields valid JSON.
 * Parsed once per snapshot into literal and variable parts; rendering is a join.
 */

export interface TemplateValues {
  /** $context, nested as AWS names it: `identity.sourceIp`, `error.messageString`. */
  context: Readonly<Record<string, unknown>>;
  stageVariables: Readonly<Record<string, string>>;
}

type Part = string | { root: "context" | "stageVariables"; path: readonly string[] };

export type CompiledTemplate = (values: TemplateValues) => string;

// `$context.a.b`, `${context.a.b}`, `$!context.a` (quiet form), same for stageVariables.
const REFERENCE =
  /\$!?(?:\{(context|stageVariables)((?:\.[A-Za-z0-9_-]+)+)\}|(context|stageVariables)((?:\.[A-Za-z_][A-Za-z0-9_]*)+))/g;

export function compileGatewayTemplate(template: string): CompiledTemplate {
  const parts: Part[] = [];
  let last = 0;
  for (const match of template.matchAll(REFERENCE)) {
    const start = match.index ?? 0;
    if (start > last) parts.push(template.slice(last, start));
    const root = (match[1] ?? match[3]) as "context" | "stageVariables";
    const path = (match[2] ?? match[4]).slice(1).split(".");
    parts.push({ root, path });
    last = start + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  if (parts.every((p) => typeof p === "string")) {
    const text = parts.join("");
    return () => text;
  }
  return (values) => {
    let out = "";
    for (const part of parts) out += typeof part === "string" ? part : lookup(values, part.root, part.path);
    return out;
  };
}

function lookup(values: TemplateValues, root: "context" | "stageVariables", path: readonly string[]): string {
  if (root === "stageVariables") return path.length === 1 ? (values.stageVariables[path[0]] ?? "") : "";
  return printable(contextValue(values.context, path));
}

/** Walks a dotted $context path; undefined when any step is missing. */
export function contextValue(context: Readonly<Record<string, unknown>>, path: readonly string[]): unknown {
  let node: unknown = context;
  for (const key of path) {
    if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** An unset variable renders as nothing; maps and lists have no text form in these templates. */
export function printable(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}
