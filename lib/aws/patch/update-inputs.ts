/** Turns AWS patchOperations into the service layer's update inputs; the services validate the values. */
import type { UpdateRestApiInput } from "@/lib/schemas/rest-api.schema";
import type { UpdateStageInput } from "@/lib/schemas/stage.schema";
import { requireValue, splitPatchPath, unsupportedPatch, type PatchOperation } from "./patch-operations";

const REST_API_PATHS = "replace /name, replace /description";

export function toUpdateRestApiInput(operations: PatchOperation[]): UpdateRestApiInput {
  const input: UpdateRestApiInput = {};
  for (const operation of operations) {
    if (operation.op !== "replace") throw unsupportedPatch(operation, REST_API_PATHS);
    if (operation.path === "/name") input.name = requireValue(operation);
    else if (operation.path === "/description") input.description = operation.value ?? "";
    else throw unsupportedPatch(operation, REST_API_PATHS);
  }
  return input;
}

const STAGE_PATHS = "replace /deploymentId, replace /description, add|replace|remove /variables/{name}";

/** Later operations win, so "add /variables/x" then "remove /variables/x" removes x. */
export function toUpdateStageInput(operations: PatchOperation[]): UpdateStageInput {
  const input: UpdateStageInput = {};
  // Maps, not objects: a variable may legally be called "__proto__".
  const set = new Map<string, string>();
  const remove = new Set<string>();
  for (const operation of operations) {
    const [head, name, ...rest] = splitPatchPath(operation.path);
    if (head === "variables" && name && rest.length === 0) {
      if (operation.op === "add" || operation.op === "replace") {
        set.set(name, requireValue(operation));
        remove.delete(name);
      } else if (operation.op === "remove") {
        remove.add(name);
        set.delete(name);
      } else throw unsupportedPatch(operation, STAGE_PATHS);
    } else if (operation.op === "replace" && operation.path === "/deploymentId") {
      input.deploymentId = requireValue(operation);
    } else if (operation.op === "replace" && operation.path === "/description") {
      input.description = operation.value ?? "";
    } else throw unsupportedPatch(operation, STAGE_PATHS);
  }
  if (set.size) input.setVariables = Object.fromEntries(set);
  if (remove.size) input.removeVariables = [...remove];
  return input;
}
