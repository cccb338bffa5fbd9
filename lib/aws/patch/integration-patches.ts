/** patchOperations for UpdateIntegration and UpdateIntegrationResponse (the paths Terraform and the CLI send). */
import { badRequest } from "@/lib/errors";
import type { ListEdit, MapEdit } from "@/lib/schemas/common";
import type { UpdateIntegrationInput, UpdateIntegrationResponseInput } from "@/lib/schemas/integration.schema";
import {
  integerValue,
  invalidPatchOperation,
  invalidPatchPath,
  mapEdit,
  mapPath,
  requireValue,
  type PatchOperation,
} from "./patch-operations";

// Integration settings Portico does not keep (VPC links, backend TLS options): refused by name.
const UNSUPPORTED_INTEGRATION_PATHS = ["/connectionId", "/tlsConfig"];

type Setter = (input: UpdateIntegrationInput, operation: PatchOperation) => void;

/** Scalars AWS replaces in place (op "replace" only); an empty value clears the optional ones. */
const SCALARS: Readonly<Record<string, Setter>> = {
  "/uri": (input, operation) => void (input.uri = operation.value || null),
  "/httpMethod": (input, operation) => void (input.httpMethod = requireValue(operation)),
  "/passthroughBehavior": (input, operation) => void (input.passthroughBehavior = requireValue(operation)),
  "/timeoutInMillis": (input, operation) => void (input.timeoutInMillis = integerValue(operation)),
  "/contentHandling": (input, operation) => void (input.contentHandling = operation.value || null),
  "/cacheNamespace": (input, operation) => void (input.cacheNamespace = operation.value || null),
  "/credentials": (input, operation) => void (input.credentials = operation.value || null),
  "/connectionType": (input, operation) => void (input.connectionType = requireValue(operation)),
};

export function toUpdateIntegrationInput(operations: PatchOperation[]): UpdateIntegrationInput {
  const input: UpdateIntegrationInput = {};
  const requestParameters: MapEdit<string>[] = [];
  const requestTemplates: MapEdit<string>[] = [];
  const cacheKeyParameters: ListEdit[] = [];
  for (const operation of operations) {
    const unsupported = UNSUPPORTED_INTEGRATION_PATHS.find((path) => operation.path === path || operation.path.startsWith(`${path}/`));
    if (unsupported) throw badRequest(`UpdateIntegration: patch path '${operation.path}' (${unsupported.slice(1)}) is not supported by Portico yet.`);
    const target = mapPath(operation.path);
    if (target?.field === "requestParameters") requestParameters.push(mapEdit(operation, target.key, requireValue));
    else if (target?.field === "requestTemplates") requestTemplates.push(mapEdit(operation, target.key, requireValue));
    else if (target?.field === "cacheKeyParameters") {
      // Terraform sends the parameter in the path and an empty value.
      if (operation.op !== "add" && operation.op !== "remove") throw invalidPatchOperation(["add", "remove"]);
      cacheKeyParameters.push({ op: operation.op, value: target.key });
    } else if (Object.hasOwn(SCALARS, operation.path)) {
      if (operation.op !== "replace") throw invalidPatchOperation(["replace"]);
      SCALARS[operation.path](input, operation);
    } else throw invalidPatchPath(operation.path);
  }
  if (requestParameters.length) input.requestParameters = requestParameters;
  if (requestTemplates.length) input.requestTemplates = requestTemplates;
  if (cacheKeyParameters.length) input.cacheKeyParameters = cacheKeyParameters;
  return input;
}

/** AWS: replace /selectionPattern and /contentHandling; add, replace or remove the parameter and template maps. */
export function toUpdateIntegrationResponseInput(operations: PatchOperation[]): UpdateIntegrationResponseInput {
  const input: UpdateIntegrationResponseInput = {};
  const responseParameters: MapEdit<string>[] = [];
  const responseTemplates: MapEdit<string>[] = [];
  for (const operation of operations) {
    const target = mapPath(operation.path);
    if (target?.field === "responseParameters") responseParameters.push(mapEdit(operation, target.key, requireValue));
    else if (target?.field === "responseTemplates") responseTemplates.push(mapEdit(operation, target.key, requireValue));
    else if (operation.path === "/selectionPattern" || operation.path === "/contentHandling") {
      if (operation.op !== "replace") throw invalidPatchOperation(["replace"]);
      // An empty selection pattern is a real one (it matches the default response); contentHandling "" clears it.
      if (operation.path === "/selectionPattern") input.selectionPattern = operation.value ?? null;
      else input.contentHandling = operation.value || null;
    } else throw invalidPatchPath(operation.path);
  }
  if (responseParameters.length) input.responseParameters = responseParameters;
  if (responseTemplates.length) input.responseTemplates = responseTemplates;
  return input;
}
