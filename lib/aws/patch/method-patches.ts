/** patchOperations for UpdateMethod and UpdateMethodResponse, with AWS's paths and refusals. */
import { badRequest } from "@/lib/errors";
import type { MapEdit } from "@/lib/schemas/common";
import type { UpdateMethodInput, UpdateMethodResponseInput } from "@/lib/schemas/method.schema";
import {
  booleanValue,
  invalidPatchOperation,
  invalidPatchPath,
  mapEdit,
  mapPath,
  requireValue,
  type PatchOperation,
} from "./patch-operations";

type Op = PatchOperation["op"];

// Which ops AWS allows on each UpdateMethod path (a trailing "/" marks a map: /requestModels/{type}).
const METHOD_PATHS: Readonly<Record<string, readonly Op[]>> = {
  "/authorizationScopes": ["add", "remove"],
  "/authorizationType": ["replace"],
  "/authorizerId": ["replace"],
  "/apiKeyRequired": ["replace"],
  "/operationName": ["replace"],
  "/requestParameters/": ["add", "remove", "replace"],
  "/requestModels/": ["add", "remove", "replace"],
  "/requestValidatorId": ["replace"],
};

/** AWS first checks the path, then the op for that path: "Invalid patch operation specified. Must be one of: [replace]". */
function methodPathOf(operation: PatchOperation): string {
  // A raw "/" inside a key (application/json instead of application~1json) makes a longer path: AWS refuses it.
  const prefix = Object.keys(METHOD_PATHS).find((path) =>
    path.endsWith("/") ? operation.path.startsWith(path) && operation.path.length > path.length : operation.path === path,
  );
  if (!prefix || operation.path.split("/").length > 3) throw invalidPatchPath(operation.path);
  const ops = METHOD_PATHS[prefix];
  if (!ops.includes(operation.op)) throw invalidPatchOperation(ops);
  return prefix;
}

export function toUpdateMethodInput(operations: PatchOperation[]): UpdateMethodInput {
  const input: UpdateMethodInput = {};
  const requestParameters: MapEdit<boolean>[] = [];
  const requestModels: MapEdit<string>[] = [];
  for (const operation of operations) {
    const path = methodPathOf(operation);
    const key = mapPath(operation.path)?.key ?? "";
    if (path === "/requestParameters/") requestParameters.push(mapEdit(operation, key, booleanValue));
    else if (path === "/requestModels/") requestModels.push(mapEdit(operation, key, requireValue));
    else if (path === "/authorizationType") input.authorizationType = requireValue(operation);
    else if (path === "/apiKeyRequired") input.apiKeyRequired = booleanValue(operation);
    else if (path === "/operationName") input.operationName = operation.value || null;
    else if (path === "/requestValidatorId") input.requestValidatorId = operation.value || null;
    // AWS ignores an authorizerId on a method whose authorizationType needs none, and NONE is the only one yet.
    else if (path === "/authorizerId") continue;
    else throw badRequest("UpdateMethod: authorizationScopes is not supported by Portico yet.");
  }
  if (requestParameters.length) input.requestParameters = requestParameters;
  if (requestModels.length) input.requestModels = requestModels;
  return input;
}

/** AWS: add, replace or remove /responseParameters/{name} (true|false) and /responseModels/{type}. */
export function toUpdateMethodResponseInput(operations: PatchOperation[]): UpdateMethodResponseInput {
  const responseParameters: MapEdit<boolean>[] = [];
  const responseModels: MapEdit<string>[] = [];
  for (const operation of operations) {
    const target = mapPath(operation.path);
    if (target?.field === "responseParameters") responseParameters.push(mapEdit(operation, target.key, booleanValue));
    else if (target?.field === "responseModels") responseModels.push(mapEdit(operation, target.key, requireValue));
    else throw invalidPatchPath(operation.path);
  }
  return {
    ...(responseParameters.length ? { responseParameters } : {}),
    ...(responseModels.length ? { responseModels } : {}),
  };
}
