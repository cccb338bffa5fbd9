/**
 * AWS API Gateway's patchOperations: a JSON-Patch-like list of `{op, path, value, from}` applied to one
 * resource. Paths are JSON Pointers, so "/" inside a name is written "~1" and "~" is written "~0".
 */
import { z } from "zod";
import { badRequest, type PorticoError } from "@/lib/errors";
import { describeZodError, type MapEdit } from "@/lib/schemas/common";

const patchOperationSchema = z.object({
  op: z.enum(["add", "remove", "replace", "move", "copy", "test"], {
    message: "op must be one of add, remove, replace, move, copy, test.",
  }),
  path: z.string().startsWith("/", "A patch path starts with '/'."),
  // Some clients send an explicit null to clear a field (Terraform's requestValidatorId, operationName).
  value: z.string().nullish(),
  from: z.string().nullish(),
});

export interface PatchOperation {
  op: z.infer<typeof patchOperationSchema>["op"];
  path: string;
  value?: string;
  from?: string;
}

const patchListSchema = z.array(patchOperationSchema).max(500, "At most 500 patch operations per request.");

/** Reads the request body's `patchOperations`; an absent list is an empty update, as on AWS. */
export function parsePatchOperations(body: unknown): PatchOperation[] {
  const raw = typeof body === "object" && body !== null && "patchOperations" in body ? body.patchOperations : undefined;
  if (raw === undefined || raw === null) return [];
  const parsed = patchListSchema.safeParse(raw);
  if (!parsed.success) throw badRequest(`Invalid patchOperations: ${describeZodError(parsed.error)}`);
  // null and absent mean the same: no value.
  return parsed.data.map(({ op, path, value, from }) => ({ op, path, ...(value != null ? { value } : {}), ...(from != null ? { from } : {}) }));
}

/** "/variables/a~1b" -> ["variables", "a/b"] (JSON Pointer unescaping: ~1 before ~0, as RFC 6901 says). */
export function splitPatchPath(path: string): string[] {
  return path
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function unsupportedPatch(operation: PatchOperation, supported: string): PorticoError {
  return badRequest(`Invalid patch path '${operation.path}' specified for op '${operation.op}'. Supported here: ${supported}.`);
}

export function requireValue(operation: PatchOperation): string {
  if (operation.value === undefined) throw badRequest(`Patch op '${operation.op}' on '${operation.path}' needs a value.`);
  return operation.value;
}

// AWS's own wordings for refused patches (two spaces after "path" included), as its newer operations answer.
export const invalidPatchPath = (path: string) => badRequest(`Invalid patch path ${path}`);
export const unsupportedOpForPath = (operation: PatchOperation) =>
  badRequest(`Invalid patch path  '${operation.path}' specified for op '${operation.op}'. Please choose supported operations`);
export const replacePathMustBeOneOf = (operation: PatchOperation, paths: readonly string[]) =>
  badRequest(`Invalid patch path  '${operation.path}' specified for op 'replace'. Must be one of: [${paths.join(", ")}]`);
export const invalidPatchOperation = (ops: readonly string[]) => badRequest(`Invalid patch operation specified. Must be one of: [${ops.join(", ")}]`);

/** AWS reads boolean patch values leniently: "true" in any case is true, anything else false. */
export function booleanValue(operation: PatchOperation): boolean {
  return (operation.value ?? "").toLowerCase() === "true";
}

export function integerValue(operation: PatchOperation): number {
  const value = requireValue(operation);
  if (!/^-?\d+$/.test(value)) throw badRequest(`Invalid value '${value}' for '${operation.path}': a whole number is expected.`);
  return Number(value);
}

/** "/requestTemplates/application~1json" -> { field: "requestTemplates", key: "application/json" }; null otherwise. */
export function mapPath(path: string): { field: string; key: string } | null {
  const parts = splitPatchPath(path);
  return parts.length === 2 && parts[0] && parts[1] ? { field: parts[0], key: parts[1] } : null;
}

/** add and replace set the key, remove deletes it; other ops are refused naming the path. */
export function mapEdit<T>(operation: PatchOperation, key: string, readValue: (operation: PatchOperation) => T): MapEdit<T> {
  if (operation.op === "remove") return { key };
  if (operation.op === "add" || operation.op === "replace") return { key, value: readValue(operation) };
  throw unsupportedOpForPath(operation);
}
