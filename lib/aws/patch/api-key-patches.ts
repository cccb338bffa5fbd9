/** patchOperations for UpdateApiKey, UpdateUsagePlan and UpdateUsage, read into the services' update inputs. */
import { badRequest } from "@/lib/errors";
import type { UpdateApiKeyInput } from "@/lib/schemas/api-key.schema";
import type { UpdateUsagePlanInput, UpdateUsageInput } from "@/lib/schemas/usage-plan.schema";
import { booleanValue, integerValue, requireValue, splitPatchPath, unsupportedPatch, type PatchOperation } from "./patch-operations";

const API_KEY_PATHS = "replace /name, /description, /enabled, /customerId";

export function toUpdateApiKeyInput(operations: PatchOperation[]): UpdateApiKeyInput {
  const input: UpdateApiKeyInput = {};
  for (const operation of operations) {
    if (operation.path.startsWith("/stages")) throw badRequest("UpdateApiKey: stage keys are not supported by Portico; attach keys to usage plans instead.");
    if (operation.op !== "replace") throw unsupportedPatch(operation, API_KEY_PATHS);
    if (operation.path === "/name") input.name = requireValue(operation);
    else if (operation.path === "/description") input.description = operation.value ?? "";
    else if (operation.path === "/enabled") input.enabled = booleanValue(operation);
    else if (operation.path === "/customerId") input.customerId = operation.value ?? null;
    else throw unsupportedPatch(operation, API_KEY_PATHS);
  }
  return input;
}

const PLAN_PATHS =
  "replace /name, /description, /productCode, /throttle/rateLimit, /throttle/burstLimit, /quota/limit, /quota/period, /quota/offset; " +
  "remove /throttle, /quota; add|remove /apiStages (value apiId:stage); replace|remove /apiStages/{apiId:stage}/throttle/{~1path~1METHOD}[/rateLimit|/burstLimit]";

type Throttle = NonNullable<UpdateUsagePlanInput["throttle"]>;
type Quota = NonNullable<UpdateUsagePlanInput["quota"]>;

/** Later operations win; "remove /throttle" then "replace /throttle/rateLimit" starts a new throttle. */
export function toUpdateUsagePlanInput(operations: PatchOperation[]): UpdateUsagePlanInput {
  const addApiStages: { apiId: string; stage: string }[] = [];
  const removeApiStages: { apiId: string; stage: string }[] = [];
  const methodThrottles: ReturnType<typeof methodThrottle>[] = [];
  const input: UpdateUsagePlanInput = { addApiStages, removeApiStages, methodThrottles };
  for (const operation of operations) {
    const [head, second, third, method, field, ...rest] = splitPatchPath(operation.path);
    if (head === "apiStages" && second === undefined) {
      const stage = stageRef(requireValue(operation));
      if (operation.op === "add") addApiStages.push(stage);
      else if (operation.op === "remove") removeApiStages.push(stage);
      else throw unsupportedPatch(operation, PLAN_PATHS);
    } else if (head === "apiStages" && second && third === "throttle" && method && rest.length === 0) {
      methodThrottles.push(methodThrottle(operation, stageRef(second), method, field));
    } else if (operation.op === "remove" && (operation.path === "/throttle" || operation.path === "/quota")) {
      input[head as "throttle" | "quota"] = null;
    } else if (operation.op === "replace" || operation.op === "add") {
      applyReplace(input, operation, head, second);
    } else throw unsupportedPatch(operation, PLAN_PATHS);
  }
  return input;
}

function applyReplace(input: UpdateUsagePlanInput, operation: PatchOperation, head: string, field: string | undefined): void {
  if (operation.path === "/name") input.name = requireValue(operation);
  else if (operation.path === "/description") input.description = operation.value ?? "";
  else if (operation.path === "/productCode") input.productCode = operation.value ?? null;
  else if (head === "throttle" && (field === "rateLimit" || field === "burstLimit")) {
    input.throttle = { ...(input.throttle ?? {}), [field]: numberValue(operation) } satisfies Throttle;
  } else if (head === "quota" && (field === "limit" || field === "offset")) {
    input.quota = { ...(input.quota ?? {}), [field]: integerValue(operation) } satisfies Quota;
  } else if (head === "quota" && field === "period") {
    input.quota = { ...(input.quota ?? {}), period: requireValue(operation) } satisfies Quota;
  } else throw unsupportedPatch(operation, PLAN_PATHS);
}

function methodThrottle(operation: PatchOperation, stage: { apiId: string; stage: string }, method: string, field: string | undefined) {
  if (operation.op === "remove" && field === undefined) return { ...stage, method, remove: true };
  if ((operation.op === "replace" || operation.op === "add") && (field === "rateLimit" || field === "burstLimit")) {
    return { ...stage, method, [field]: numberValue(operation) };
  }
  throw unsupportedPatch(operation, PLAN_PATHS);
}

/** "apiId:stage", as AWS writes an API stage in patch values and paths. */
function stageRef(text: string): { apiId: string; stage: string } {
  const colon = text.indexOf(":");
  if (colon <= 0 || colon === text.length - 1) throw badRequest(`Invalid API stage '${text}': expected apiId:stageName.`);
  return { apiId: text.slice(0, colon), stage: text.slice(colon + 1) };
}

function numberValue(operation: PatchOperation): number {
  const value = requireValue(operation);
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number)) throw badRequest(`Invalid value '${value}' for '${operation.path}': a number is expected.`);
  return number;
}

/** UpdateUsage: replace /remaining sets the key's remaining quota for the current period; add /remaining extends it. */
export function toUpdateUsageInput(operations: PatchOperation[]): UpdateUsageInput {
  const input: UpdateUsageInput = {};
  for (const operation of operations) {
    if (operation.path !== "/remaining") throw unsupportedPatch(operation, "replace|add /remaining");
    if (operation.op === "replace") {
      input.remaining = integerValue(operation);
      delete input.extendBy;
    } else if (operation.op === "add") input.extendBy = (input.extendBy ?? 0) + integerValue(operation);
    else throw unsupportedPatch(operation, "replace|add /remaining");
  }
  return input;
}
