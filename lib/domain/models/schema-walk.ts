/**
 * JSON Schema draft 4 structure: which keywords exist and where a value is itself a schema. AWS API Gateway
 * rejects models using any other keyword (`Unsupported keyword(s): ["example"]`), so the walk only visits
 * schema positions: property names under `properties` or values under `enum` are data, not keywords.
 */

export const DRAFT4_KEYWORDS: ReadonlySet<string> = new Set([
  "$schema",
  "id",
  "$ref",
  "title",
  "description",
  "default",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "additionalItems",
  "items",
  "maxItems",
  "minItems",
  "uniqueItems",
  "maxProperties",
  "minProperties",
  "required",
  "additionalProperties",
  "definitions",
  "properties",
  "patternProperties",
  "dependencies",
  "enum",
  "type",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "format",
]);

export type SchemaObject = Record<string, unknown>;

export function isSchemaObject(value: unknown): value is SchemaObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Calls `visit` for the root and every nested schema object, depth first, with its JSON pointer. */
export function walkSchemas(root: unknown, visit: (schema: SchemaObject, pointer: string) => void): void {
  const seen = new Set<SchemaObject>();
  const walk = (node: unknown, pointer: string): void => {
    if (!isSchemaObject(node) || seen.has(node)) return;
    seen.add(node);
    visit(node, pointer);
    for (const key of ["properties", "patternProperties", "definitions"]) {
      const map = node[key];
      if (!isSchemaObject(map)) continue;
      for (const [name, child] of Object.entries(map)) walk(child, `${pointer}/${key}/${escapeToken(name)}`);
    }
    const dependencies = node.dependencies;
    if (isSchemaObject(dependencies)) {
      // An array value lists property names; only object values are schemas.
      for (const [name, child] of Object.entries(dependencies)) walk(child, `${pointer}/dependencies/${escapeToken(name)}`);
    }
    for (const key of ["allOf", "anyOf", "oneOf"]) {
      const list = node[key];
      if (Array.isArray(list)) list.forEach((child, i) => walk(child, `${pointer}/${key}/${i}`));
    }
    const items = node.items;
    if (Array.isArray(items)) items.forEach((child, i) => walk(child, `${pointer}/items/${i}`));
    else walk(items, `${pointer}/items`);
    for (const key of ["additionalItems", "additionalProperties", "not"]) walk(node[key], `${pointer}/${key}`);
  };
  walk(root, "");
}

function escapeToken(name: string): string {
  return name.replace(/~/g, "~0").replace(/\//g, "~1");
}
