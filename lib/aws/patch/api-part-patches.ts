/**
 * patchOperations for the parts of an API beside its resources: UpdateModel, UpdateRequestValidator and
 * UpdateGatewayResponse, refused in AWS's words where AWS's answer is known.
 */
import { badRequest } from "@/lib/errors";
import type { MapEdit } from "@/lib/schemas/common";
import type { UpdateGatewayResponseInput } from "@/lib/schemas/gateway-response.schema";
import type { UpdateModelInput } from "@/lib/schemas/model.schema";
import type { UpdateRequestValidatorInput } from "@/lib/schemas/request-validator.schema";
import {
  booleanValue,
  invalidPatchPath,
  mapPath,
  replacePathMustBeOneOf,
  unsupportedOpForPath,
  type PatchOperation,
} from "./patch-operations";

const MODEL_PATHS = ["/description", "/schema"] as const;

export function toUpdateModelInput(operations: PatchOperation[]): UpdateModelInput {
  const input: UpdateModelInput = {};
  for (const operation of operations) {
    if (operation.op !== "replace") throw unsupportedOpForPath(operation);
    // An absent value becomes "", which the model rules refuse for a schema in AWS's words.
    if (operation.path === "/schema") input.schema = operation.value ?? "";
    else if (operation.path === "/description") input.description = operation.value ?? "";
    else throw replacePathMustBeOneOf(operation, MODEL_PATHS);
  }
  return input;
}

const VALIDATOR_PATHS = ["/name", "/validateRequestParameters", "/validateRequestBody"] as const;

export function toUpdateRequestValidatorInput(operations: PatchOperation[]): UpdateRequestValidatorInput {
  const input: UpdateRequestValidatorInput = {};
  for (const operation of operations) {
    if (operation.op !== "replace") throw unsupportedOpForPath(operation);
    if (operation.path === "/name") input.name = operation.value ?? "";
    else if (operation.path === "/validateRequestBody") input.validateRequestBody = booleanValue(operation);
    else if (operation.path === "/validateRequestParameters") input.validateRequestParameters = booleanValue(operation);
    else throw replacePathMustBeOneOf(operation, VALIDATOR_PATHS);
  }
  return input;
}

/**
 * AWS: replace /statusCode; add, replace or remove /responseParameters/{name} and /responseTemplates/{type}.
 * Replace needs the key to be there already (the service answers 404 otherwise, as AWS does).
 */
export function toUpdateGatewayResponseInput(operations: PatchOperation[]): UpdateGatewayResponseInput {
  const input: UpdateGatewayResponseInput = {};
  const edits: { responseParameters: MapEdit<string>[]; responseTemplates: MapEdit<string>[] } = { responseParameters: [], responseTemplates: [] };
  for (const operation of operations) {
    if (operation.path === "/statusCode") {
      if (operation.op !== "replace") throw invalidPatchPath(operation.path);
      input.statusCode = operation.value;
      continue;
    }
    const target = mapPath(operation.path);
    if (!target || (target.field !== "responseParameters" && target.field !== "responseTemplates")) throw invalidPatchPath(operation.path);
    const list = edits[target.field];
    if (operation.op === "remove") list.push({ key: target.key });
    else if (operation.op === "add" || operation.op === "replace") {
      if (!operation.value) throw badRequest(`Invalid null or empty value in ${target.field}`);
      list.push({ key: target.key, value: operation.value, mustExist: operation.op === "replace" });
    } else throw unsupportedOpForPath(operation);
  }
  if (edits.responseParameters.length) input.responseParameters = edits.responseParameters;
  if (edits.responseTemplates.length) input.responseTemplates = edits.responseTemplates;
  return input;
}
