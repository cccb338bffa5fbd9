/**
 * AWS API Gateway's model-validation messages. AWS validates with the Java json-schema-validator (fge) and
 * exposes its messages as `$context.error.validationErrorString`, e.g.
 * `[object has missing required properties (["name"])]`. Ajv finds the same faults; this module rewrites its
 * errors into fge's wording. Approximations: fge's order of messages is not reproduced exactly (Ajv's keyword
 * order is close: an object's own keywords before its properties), `allOf` failures list the failing branch's
 * own messages instead of fge's "matched only n out of m", and JSON numbers such as `1.0` count as integers.
 */
import type { ErrorObject } from "ajv-draft-04";
import { FORMAT_CHECKS } from "./formats";

/** `[a, b]`: how AWS prints the list of messages (Java's List.toString). */
export function validationErrorString(messages: readonly string[]): string {
  return `[${messages.join(", ")}]`;
}

export function fgeMessages(errors: readonly ErrorObject[]): string[] {
  const kept = withoutBranchErrors(errors);
  const messages: string[] = [];
  const grouped = new Map<string, { index: number; error: ErrorObject; names: string[] }>();
  for (const error of kept) {
    const groupName = groupedName(error);
    if (groupName === null) {
      messages.push(fgeMessage(error));
      continue;
    }
    const key = `${error.keyword}\u0000${error.instancePath}\u0000${error.schemaPath}\u0000${String(error.params.property ?? "")}`;
    const group = grouped.get(key);
    if (group) group.names.push(groupName);
    else {
      grouped.set(key, { index: messages.length, error, names: [groupName] });
      messages.push(""); // placeholder, filled once every member of the group is known
    }
  }
  for (const { index, error, names } of grouped.values()) messages[index] = groupMessage(error, names);
  return messages;
}

/** Keywords Ajv reports once per offending name while fge reports them together. */
function groupedName(error: ErrorObject): string | null {
  if (error.keyword === "required") return String(error.params.missingProperty);
  if (error.keyword === "additionalProperties") return String(error.params.additionalProperty);
  if (error.keyword === "dependencies") return String(error.params.missingProperty);
  return null;
}

function groupMessage(error: ErrorObject, names: string[]): string {
  if (error.keyword === "required") return `object has missing required properties (${json(names)})`;
  if (error.keyword === "additionalProperties") {
    return `object instance has properties which are not allowed by the schema: ${json([...names].sort())}`;
  }
  const property = String(error.params.property);
  const schema = error.schema as Record<string, unknown> | undefined;
  const required = schema?.[property] ?? names;
  return `property "${property}" of object has missing property dependencies (schema requires ${json(required)}; missing: ${json(names)})`;
}

/** fge reports an anyOf/oneOf failure as one message; Ajv also lists every failing branch's errors before it. */
function withoutBranchErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const compounds = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  if (compounds.length === 0) return [...errors];
  return errors.filter(
    (e) =>
      !compounds.some(
        (c) =>
          c !== e &&
          e.schemaPath.startsWith(`${c.schemaPath}/`) &&
          (e.instancePath === c.instancePath || e.instancePath.startsWith(`${c.instancePath}/`)),
      ),
  );
}

function fgeMessage(error: ErrorObject): string {
  const data: unknown = error.data;
  const limit = error.params.limit as number | undefined;
  switch (error.keyword) {
    case "type":
      return `instance type (${fgeType(data)}) does not match any allowed primitive type (allowed: ${json(allowedTypes(error.params.type))})`;
    case "enum":
      return `instance value (${json(data)}) not found in enum (possible values: ${json(error.schema)})`;
    case "minimum":
      return error.params.comparison === ">"
        ? `numeric instance is not strictly greater than the required minimum ${limit}`
        : `numeric instance is lower than the required minimum (minimum: ${limit}, found: ${String(data)})`;
    case "maximum":
      return error.params.comparison === "<"
        ? `numeric instance is not strictly lower than the required maximum ${limit}`
        : `numeric instance is greater than the required maximum (maximum: ${limit}, found: ${String(data)})`;
    case "minLength":
      return `string "${String(data)}" is too short (length: ${codePoints(data)}, required minimum: ${limit})`;
    case "maxLength":
      return `string "${String(data)}" is too long (length: ${codePoints(data)}, maximum allowed: ${limit})`;
    case "pattern":
      return `ECMA 262 regex "${String(error.params.pattern)}" does not match input string "${String(data)}"`;
    case "minItems":
      return `array is too short: must have at least ${limit} elements but instance has ${arrayLength(data)} elements`;
    case "maxItems":
      return `array is too long: must have at most ${limit} elements but instance has ${arrayLength(data)} elements`;
    case "additionalItems":
      return `schema only allows ${limit} elements in array but instance has ${arrayLength(data)} elements`;
    case "uniqueItems":
      return "array must not contain duplicate elements";
    case "multipleOf":
      return `remainder of division is not zero (${String(data)} / ${String(error.params.multipleOf)})`;
    case "minProperties":
      return `object has too few properties (found ${propertyCount(data)} but schema requires at least ${limit})`;
    case "maxProperties":
      return `object has too many properties (found ${propertyCount(data)} but schema requires at most ${limit})`;
    case "anyOf":
      return `instance failed to match at least one required schema among ${branchCount(error.schema)}`;
    case "oneOf": {
      const passing = error.params.passingSchemas as number[] | null | undefined;
      return `instance failed to match exactly one schema (matched ${passing?.length ?? 0} out of ${branchCount(error.schema)})`;
    }
    case "not":
      return "instance matched a schema which it should not have";
    case "format": {
      const check = FORMAT_CHECKS[String(error.params.format)];
      return check ? check.message(String(data)) : `string "${String(data)}" is invalid against format ${String(error.params.format)}`;
    }
    default:
      return error.message ?? error.keyword;
  }
}

/** fge's type names: JSON numbers without a fraction are "integer". */
function fgeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function allowedTypes(type: unknown): string[] {
  const list = Array.isArray(type) ? type.map(String) : String(type).split(",");
  return list.sort();
}

function json(value: unknown): string {
  return JSON.stringify(value) ?? "null";
}

function codePoints(value: unknown): number {
  return typeof value === "string" ? [...value].length : 0;
}

function arrayLength(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

function propertyCount(value: unknown): number {
  return value !== null && typeof value === "object" ? Object.keys(value).length : 0;
}

function branchCount(schema: unknown): number {
  return Array.isArray(schema) ? schema.length : 0;
}
