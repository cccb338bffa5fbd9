/**
 * AWS API Gateway's patchOperations: a JSON-Patch-like list of `{op, path, value, from}` applied to one
 * resource. Paths are JSON Pointers, so "/" inside a name is written "~1" and "~" is written "~0".
 */
import { z } from "zod";
import { badRequest, type PorticoError } from "@/lib/errors";
import { describeZodError } from "@/lib/schemas/common";

const patchOperationSchema = z.object({
  op: z.enum(["add", "remove", "replace", "move", "copy", "test"], {
    message: "op must be one of add, remove, replace, move, copy, test.",
  }),
  path: z.string().startsWith("/", "A patch path starts with '/'."),
  value: z.string().optional(),
  from: z.string().optional(),
});
export type PatchOperation = z.infer<typeof patchOperationSchema>;

const patchListSchema = z.array(patchOperationSchema).max(500, "At most 500 patch operations per request.");

/** Reads the request body's `patchOperations`; an absent list is an empty update, as on AWS. */
export function parsePatchOperations(body: unknown): PatchOperation[] {
  const raw = typeof body === "object" && body !== null && "patchOperations" in body ? body.patchOperations : undefined;
  if (raw === undefined || raw === null) return [];
  const parsed = patchListSchema.safeParse(raw);
  if (!parsed.success) throw badRequest(`Invalid patchOperations: ${describeZodError(parsed.error)}`);
  return parsed.data;
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
