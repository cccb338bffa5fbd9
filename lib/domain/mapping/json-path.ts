/**
 * The JSON expressions of AWS parameter mappings (`integration.response.body.error.code`,
 * `method.request.body.items[0].id`, `context.identity.sourceIp`): a JSONPath without the `$`, limited to
 * member and index steps. Wildcards, filters and recursive descent are not part of AWS's mapping syntax.
 */

export type JsonPathStep = string | number;

/** "a.b[0]['c d']" -> ["a", "b", 0, "c d"]; null when the expression is not a plain member/index path. */
export function parseJsonPath(expression: string): JsonPathStep[] | null {
  const rooted = expression.startsWith("$");
  const text = rooted ? expression.slice(1) : expression;
  const steps: JsonPathStep[] = [];
  // A member name needs a dot before it, except as the first step of an unrooted expression.
  let dot = !rooted;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === ".") {
      if (dot && (steps.length > 0 || rooted || i > 0)) return null; // ".." is recursive descent
      if (i === 0 && !rooted) return null;
      dot = true;
      i++;
      continue;
    }
    if (char === "[") {
      if (dot && (steps.length > 0 || rooted)) return null;
      const close = text.indexOf("]", i);
      if (close === -1) return null;
      const inner = text.slice(i + 1, close).trim();
      const quoted = /^(['"])(.*)\1$/.exec(inner);
      if (quoted) steps.push(quoted[2]);
      else if (/^\d+$/.test(inner)) steps.push(Number(inner));
      else return null;
      i = close + 1;
      dot = false;
      continue;
    }
    if (!dot) return null;
    let end = i;
    while (end < text.length && text[end] !== "." && text[end] !== "[") end++;
    const name = text.slice(i, end);
    if (name === "*") return null;
    steps.push(name);
    i = end;
    dot = false;
  }
  if (dot && (steps.length > 0 || rooted)) return null;
  return steps.length ? steps : null;
}

/** The value at a path, or undefined when any step is missing. */
export function readJsonPath(root: unknown, steps: readonly JsonPathStep[]): unknown {
  let value = root;
  for (const step of steps) {
    if (value === null || typeof value !== "object") return undefined;
    if (typeof step === "number") {
      if (!Array.isArray(value)) return undefined;
      value = value[step];
    } else {
      if (Array.isArray(value) || !Object.hasOwn(value, step)) return undefined;
      value = (value as Record<string, unknown>)[step];
    }
  }
  return value;
}

/**
 * How a selected value becomes a header/query value: strings as they are, numbers and booleans as JSON
 * literals, objects and arrays as compact JSON; null and missing values map to nothing.
 */
export function mappedValueText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
