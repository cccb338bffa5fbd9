/**
 * AWS API Gateway's CreateModel/UpdateModel schema check. A refused schema answers BadRequestException
 * `Invalid model specified: Validation Result: warnings : [], errors : [<reason>]`, where AWS's reasons are
 * `Invalid model schema specified` (not JSON, or not valid draft 4), `Invalid model schema specified.
 * Unsupported keyword(s): ["example"]` and `Model reference must be in canonical form`. AWS's wording for a
 * reference to a model or pointer that does not exist is not documented; Portico says
 * `Invalid model reference specified: <ref>`.
 */
import { metaSchemaAjv } from "./model-ajv";
import { parseModelRef, resolvePointer } from "./model-refs";
import { DRAFT4_KEYWORDS, isSchemaObject, walkSchemas, type SchemaObject } from "./schema-walk";

export const INVALID_MODEL_SCHEMA = "Invalid model schema specified";
export const NON_CANONICAL_REFERENCE = "Model reference must be in canonical form";

export type ModelSchemaCheck = { ok: true; schema: SchemaObject } | { ok: false; reason: string; message: string };

export interface ModelSchemaContext {
  restApiId: string;
  /** Names of the API's models a `$ref` may point at (the model being checked included, for recursion). */
  modelNames: Iterable<string>;
}

const DRAFT4_SCHEMA_URIS = new Set(["http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-04/schema"]);

export function invalidModelMessage(reason: string): string {
  return `Invalid model specified: Validation Result: warnings : [], errors : [${reason}]`;
}

function refuse(reason: string): ModelSchemaCheck {
  return { ok: false, reason, message: invalidModelMessage(reason) };
}

/** Parses and checks a model schema; a blank schema is AWS's "no schema" and accepts any JSON. */
export function checkModelSchema(schemaText: string | null | undefined, context: ModelSchemaContext): ModelSchemaCheck {
  if (schemaText === null || schemaText === undefined || schemaText.trim() === "") return { ok: true, schema: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(schemaText);
  } catch {
    return refuse(INVALID_MODEL_SCHEMA);
  }
  if (!isSchemaObject(parsed)) return refuse(INVALID_MODEL_SCHEMA);
  const declared = parsed.$schema;
  if (declared !== undefined && !(typeof declared === "string" && DRAFT4_SCHEMA_URIS.has(declared))) {
    return refuse(INVALID_MODEL_SCHEMA);
  }

  const unsupported = new Set<string>();
  const refs: string[] = [];
  const patterns: unknown[] = [];
  walkSchemas(parsed, (schema) => {
    for (const key of Object.keys(schema)) if (!DRAFT4_KEYWORDS.has(key)) unsupported.add(key);
    if (typeof schema.$ref === "string") refs.push(schema.$ref);
    if ("pattern" in schema) patterns.push(schema.pattern);
    if (isSchemaObject(schema.patternProperties)) patterns.push(...Object.keys(schema.patternProperties));
  });
  if (unsupported.size > 0) {
    return refuse(`${INVALID_MODEL_SCHEMA}. Unsupported keyword(s): ${JSON.stringify([...unsupported].sort())}`);
  }

  const meta = metaSchemaAjv();
  if (!meta.validateSchema(parsed)) return refuse(INVALID_MODEL_SCHEMA);
  if (!patterns.every(isEcmaRegex)) return refuse(INVALID_MODEL_SCHEMA);

  const names = new Set(context.modelNames);
  for (const ref of refs) {
    const problem = refProblem(ref, parsed, context.restApiId, names);
    if (problem) return refuse(problem);
  }
  return { ok: true, schema: parsed };
}

function refProblem(ref: string, document: SchemaObject, restApiId: string, names: ReadonlySet<string>): string | null {
  const parsed = parseModelRef(ref);
  if (parsed.kind === "non-canonical") return NON_CANONICAL_REFERENCE;
  if (parsed.kind === "local") {
    return resolvePointer(document, parsed.pointer) === undefined ? `Invalid model reference specified: ${ref}` : null;
  }
  // A canonical URL naming another API is as unusable as a foreign URL.
  if (parsed.restApiId !== restApiId) return NON_CANONICAL_REFERENCE;
  return names.has(parsed.modelName) ? null : `Invalid model reference specified: ${ref}`;
}

function isEcmaRegex(pattern: unknown): boolean {
  if (typeof pattern !== "string") return false;
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
