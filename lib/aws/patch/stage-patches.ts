/**
 * UpdateStage's patchOperations -> the ordered stage edits the service applies (AWS applies them in order).
 * Values are read and checked here so a bad one is refused naming its path; the service checks the result.
 */
import { badRequest } from "@/lib/errors";
import type { MethodSetting } from "@/lib/domain/stage-settings";
import { describeZodError } from "@/lib/schemas/common";
import { stageEditSchema, type StageEdit, type UpdateStageInput } from "@/lib/schemas/stage.schema";
import { requireValue, splitPatchPath, unsupportedPatch, type PatchOperation } from "./patch-operations";

const STAGE_PATHS =
  "replace /deploymentId, replace /description, add|replace|remove /variables/{name}, replace /cacheClusterEnabled, " +
  "replace /cacheClusterSize, replace /tracingEnabled, replace /{resourcePath}/{httpMethod}/{metrics|logging|throttling|caching}/{setting} " +
  "(resource path written ~1..., or */*), remove /{resourcePath}/{httpMethod}, replace /canarySettings/{percentTraffic|deploymentId|useStageCache}, " +
  "add|replace|remove /canarySettings/stageVariableOverrides/{name}, remove /canarySettings, " +
  "copy /canarySettings/deploymentId to /deploymentId, copy /canarySettings/stageVariableOverrides to /variables, " +
  "replace /accessLogSettings/{format|destinationArn}, remove /accessLogSettings";

type Reader = "boolean" | "integer" | "number" | "string";
const METHOD_SETTING_PATHS: Record<string, { field: keyof MethodSetting; read: Reader }> = {
  "metrics/enabled": { field: "metricsEnabled", read: "boolean" },
  "logging/loglevel": { field: "loggingLevel", read: "string" },
  "logging/dataTrace": { field: "dataTraceEnabled", read: "boolean" },
  "throttling/burstLimit": { field: "throttlingBurstLimit", read: "integer" },
  "throttling/rateLimit": { field: "throttlingRateLimit", read: "number" },
  "caching/enabled": { field: "cachingEnabled", read: "boolean" },
  "caching/ttlInSeconds": { field: "cacheTtlInSeconds", read: "integer" },
  "caching/dataEncrypted": { field: "cacheDataEncrypted", read: "boolean" },
  "caching/requireAuthorizationForCacheControl": { field: "requireAuthorizationForCacheControl", read: "boolean" },
  "caching/unauthorizedCacheControlHeaderStrategy": { field: "unauthorizedCacheControlHeaderStrategy", read: "string" },
};

export function toUpdateStageInput(operations: PatchOperation[]): UpdateStageInput {
  return { edits: operations.map(toStageEdit) };
}

function toStageEdit(operation: PatchOperation): StageEdit {
  const edit = readEdit(operation);
  const checked = stageEditSchema.safeParse(edit);
  if (!checked.success) {
    throw badRequest(`Invalid value '${operation.value ?? ""}' for '${operation.path}': ${describeZodError(checked.error).replace(/^[\w.]+: /, "")}`);
  }
  return checked.data;
}

function readEdit(operation: PatchOperation): unknown {
  const { op, path } = operation;
  const setting = op === "replace" || op === "add";
  if (op === "copy") return copyEdit(operation);
  const [head, name, ...rest] = splitPatchPath(path);
  if (head === "variables" && name && rest.length === 0) return { kind: "variable", name, value: mapValue(operation) };
  if (head === "canarySettings") return canaryEdit(operation, name, rest);
  if (head === "accessLogSettings") return accessLogEdit(operation, name, rest);
  if (setting && path === "/deploymentId") return { kind: "deploymentId", value: requireValue(operation) };
  if (setting && path === "/description") return { kind: "description", value: operation.value ?? "" };
  if (setting && path === "/cacheClusterEnabled") return { kind: "cacheClusterEnabled", value: read(operation, "boolean") };
  if (setting && path === "/cacheClusterSize") return { kind: "cacheClusterSize", value: requireValue(operation) };
  if (setting && path === "/tracingEnabled") return { kind: "tracingEnabled", value: read(operation, "boolean") };
  const methodEdit = methodSettingEdit(operation);
  if (methodEdit) return methodEdit;
  throw unsupportedPatch(operation, STAGE_PATHS);
}

/** "/~1pets/GET/caching/enabled" or "/*\/*\/caching/enabled"; "remove /~1pets/GET" drops the method's override. */
function methodSettingEdit(operation: PatchOperation): StageEdit | null {
  // The key keeps AWS's escaping ("~1pets/GET"), so it is read from the raw path, not the unescaped parts.
  const raw = operation.path.slice(1).split("/");
  if (raw.length < 2 || !(raw[0] === "*" || raw[0]?.startsWith("~1"))) return null;
  const key = `${raw[0]}/${raw[1]}`;
  if (raw.length === 2 && operation.op === "remove") return { kind: "methodSetting", key, setting: null };
  const target = METHOD_SETTING_PATHS[raw.slice(2).join("/")];
  if (!target || (operation.op !== "replace" && operation.op !== "add")) return null;
  return { kind: "methodSetting", key, setting: { [target.field]: read(operation, target.read) } };
}

function canaryEdit(operation: PatchOperation, name: string | undefined, rest: string[]): unknown {
  const setting = operation.op === "replace" || operation.op === "add";
  if (name === undefined && operation.op === "remove") return { kind: "removeCanary" };
  if (name === "stageVariableOverrides" && rest.length === 1 && rest[0]) {
    return { kind: "canaryOverride", name: rest[0], value: mapValue(operation) };
  }
  if (setting && rest.length === 0) {
    if (name === "percentTraffic") return { kind: "canaryPercentTraffic", value: read(operation, "number") };
    if (name === "deploymentId") return { kind: "canaryDeploymentId", value: requireValue(operation) };
    if (name === "useStageCache") return { kind: "canaryUseStageCache", value: read(operation, "boolean") };
  }
  throw unsupportedPatch(operation, STAGE_PATHS);
}

/** AWS's access log paths: replace /accessLogSettings/format and /destinationArn, remove /accessLogSettings. */
function accessLogEdit(operation: PatchOperation, name: string | undefined, rest: string[]): unknown {
  if (name === undefined && operation.op === "remove") return { kind: "removeAccessLogSettings" };
  if ((operation.op === "replace" || operation.op === "add") && rest.length === 0) {
    if (name === "format") return { kind: "accessLogFormat", value: requireValue(operation) };
    if (name === "destinationArn") return { kind: "accessLogDestinationArn", value: requireValue(operation) };
  }
  throw unsupportedPatch(operation, STAGE_PATHS);
}

/** AWS's promotion: copy /canarySettings/deploymentId to /deploymentId and the overrides to /variables. */
function copyEdit(operation: PatchOperation): StageEdit {
  if (operation.path === "/deploymentId" && operation.from === "/canarySettings/deploymentId") return { kind: "copyCanaryDeploymentId" };
  if (operation.path === "/variables" && operation.from === "/canarySettings/stageVariableOverrides") return { kind: "copyCanaryOverrides" };
  throw unsupportedPatch(operation, STAGE_PATHS);
}

function mapValue(operation: PatchOperation): string | null {
  if (operation.op === "remove") return null;
  if (operation.op === "add" || operation.op === "replace") return requireValue(operation);
  throw unsupportedPatch(operation, STAGE_PATHS);
}

function read(operation: PatchOperation, reader: Reader): string | number | boolean {
  const value = requireValue(operation);
  if (reader === "string") return value;
  if (reader === "boolean") {
    const lower = value.toLowerCase();
    if (lower === "true" || lower === "false") return lower === "true";
    throw badRequest(`Invalid value '${value}' for '${operation.path}': true or false is expected.`);
  }
  const pattern = reader === "integer" ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
  if (!pattern.test(value)) {
    throw badRequest(`Invalid value '${value}' for '${operation.path}': ${reader === "integer" ? "a whole number" : "a number"} is expected.`);
  }
  return Number(value);
}
