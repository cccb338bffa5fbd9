/** Turns AWS patchOperations into the service layer's update inputs; the services validate the values (stages: stage-patches.ts). */
import type { UpdateRestApiInput } from "@/lib/schemas/rest-api.schema";
import type { ListEdit } from "@/lib/schemas/common";
import { badRequest } from "@/lib/errors";
import { invalidPatchPath, mapPath, requireValue, unsupportedPatch, type PatchOperation } from "./patch-operations";

const REST_API_PATHS =
  "replace /name, replace /description, replace /apiKeySource, add|remove|replace /binaryMediaTypes/{type} (type/subtype written type~1subtype)";

// Fields AWS patches that Portico does not keep: refused by name rather than with a puzzling "invalid path".
const UNSUPPORTED_REST_API_PATHS = ["/minimumCompressionSize", "/policy", "/disableExecuteApiEndpoint", "/endpointConfiguration"];

export function toUpdateRestApiInput(operations: PatchOperation[]): UpdateRestApiInput {
  const input: UpdateRestApiInput = {};
  const mediaTypes: ListEdit[] = [];
  for (const operation of operations) {
    const unsupported = UNSUPPORTED_REST_API_PATHS.find((path) => operation.path === path || operation.path.startsWith(`${path}/`));
    if (unsupported) throw badRequest(`UpdateRestApi: patch path '${operation.path}' (${unsupported.slice(1)}) is not supported by Portico yet.`);
    if (operation.path === "/binaryMediaTypes") throw invalidPatchPath(operation.path);
    const media = mapPath(operation.path);
    if (media?.field === "binaryMediaTypes") {
      mediaTypes.push(...binaryMediaTypeEdits(operation, media.key));
      continue;
    }
    if (operation.op !== "replace") throw unsupportedPatch(operation, REST_API_PATHS);
    if (operation.path === "/name") input.name = requireValue(operation);
    else if (operation.path === "/description") input.description = operation.value ?? "";
    else if (operation.path === "/apiKeySource") input.apiKeySource = apiKeySource(requireValue(operation));
    else throw unsupportedPatch(operation, REST_API_PATHS);
  }
  if (mediaTypes.length) input.binaryMediaTypes = mediaTypes;
  return input;
}

function apiKeySource(value: string): "HEADER" | "AUTHORIZER" {
  if (value === "HEADER" || value === "AUTHORIZER") return value;
  throw badRequest(`Invalid apiKeySource '${value}': it is HEADER or AUTHORIZER.`);
}

/** AWS's replace of /binaryMediaTypes/old with a new value removes old and appends the new one last. */
function binaryMediaTypeEdits(operation: PatchOperation, mediaType: string): ListEdit[] {
  if (operation.op === "add") return [{ op: "add", value: mediaType }];
  if (operation.op === "remove") return [{ op: "remove", value: mediaType }];
  if (operation.op === "replace") return [{ op: "remove", value: mediaType }, { op: "add", value: requireValue(operation) }];
  throw unsupportedPatch(operation, REST_API_PATHS);
}
