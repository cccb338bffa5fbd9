/**
 * The access request stage (AWS's API key check, usage-plan throttling and quota, stage/method and account
 * throttling), in AWS's order: key -> usage plan per key and method, else per key -> stage/method -> account -> quota.
 */
import { hash } from "node:crypto";
import type { Exchange } from "../pipeline/exchange";
import { isPromise, type Awaitable, type Outcome, type RequestStage } from "../pipeline/stage";
import { quotaPeriodAt } from "../../../lib/domain/usage/quota-period";
import type { QuotaSettings } from "../../../lib/domain/runtime-contract";
import type { AccessIndex, PlanEntry } from "./access-index";
import type { AdmitResult, BucketSpec, LimitStore, QuotaSpec } from "./limit-store";
import type { LimitsClock } from "./limits-clock";
import { markStep } from "../telemetry/timeline";
import { maskSecret } from "../telemetry/execution-log-format";

/** Config-wide state the plugin swaps in prepare(); stages compiled for an older config read the newest through it. */
export interface AccessState {
  index: AccessIndex;
}

export interface AccessMethod {
  /** stageRef(restApiId, stageName). */
  readonly stageRef: string;
  /** AWS's usage plan method key: "/pets/{id}/GET". */
  readonly methodKey: string;
  readonly apiKeyRequired: boolean;
  readonly apiKeySource: "HEADER" | "AUTHORIZER";
  /** The stage/method bucket (when the stage sets one) and the account bucket: every request goes through them. */
  readonly sharedBuckets: readonly BucketSpec[];
}

const INVALID_API_KEY: Outcome = { kind: "gateway-error", type: "INVALID_API_KEY" };
const THROTTLED: Outcome = { kind: "gateway-error", type: "THROTTLED" };
const QUOTA_EXCEEDED: Outcome = { kind: "gateway-error", type: "QUOTA_EXCEEDED" };

export class AccessStage implements RequestStage {
  readonly name = "access";

  constructor(
    private readonly method: AccessMethod,
    private readonly state: AccessState,
    private readonly store: LimitStore,
    private readonly clock: LimitsClock,
  ) {}

  onRequest(ex: Exchange): Awaitable<Outcome | undefined> {
    const method = this.method;
    const nowMs = this.clock.now();
    const startedAt = performance.now();
    if (!method.apiKeyRequired) return this.decide(ex, method.sharedBuckets, null, null, nowMs, startedAt);
    const entry = this.recogniseKey(ex);
    if (!entry) {
      markStep(ex, "apiKey", startedAt, "stopped", ex.req.headers["x-api-key"] ? "key not valid here" : "no key");
      if (ex.exec) logRefusedKey(ex);
      return INVALID_API_KEY;
    }
    ex.apiKeyId = entry.keyId;
    const keyChecked = markStep(ex, "apiKey", startedAt, "ok", `key ${entry.keyId}`);
    if (ex.exec?.info) logAuthorizedKey(ex);
    const planBucket = entry.methodBuckets.get(method.methodKey) ?? entry.planBucket;
    const buckets = planBucket ? [planBucket, ...method.sharedBuckets] : method.sharedBuckets;
    return this.decide(ex, buckets, entry, entry.quota ? quotaSpec(entry, entry.quota, nowMs) : null, nowMs, keyChecked);
  }

  /** The key's plan entry for this stage, or null for AWS's 403: missing, unknown, disabled, or in no plan here. */
  private recogniseKey(ex: Exchange): PlanEntry | null {
    // AUTHORIZER: the key would be a Lambda authorizer's usageIdentifierKey. Portico has no authorizers yet, so no
    // request can carry one, and AWS answers 403 when it is missing.
    if (this.method.apiKeySource !== "HEADER") return null;
    const value = ex.req.headers["x-api-key"];
    if (typeof value !== "string" || value === "") return null;
    const index = this.state.index;
    const key = index.keysBySha256.get(hash("sha256", value, "hex"));
    if (!key || !key.enabled) return null;
    return index.plans.get(this.method.stageRef)?.get(key.id) ?? null;
  }

  private decide(
    ex: Exchange,
    buckets: readonly BucketSpec[],
    entry: PlanEntry | null,
    quota: QuotaSpec | null,
    nowMs: number,
    startedAt: number,
  ): Awaitable<Outcome | undefined> {
    const result = this.store.admit({ buckets, quota, nowMs });
    if (isPromise(result)) return result.then((settled) => outcomeOf(ex, settled, entry, startedAt));
    return outcomeOf(ex, result, entry, startedAt);
  }
}

function quotaSpec(entry: PlanEntry, quota: QuotaSettings, nowMs: number): QuotaSpec {
  let window = entry.window;
  if (!window || nowMs < window.startMs || nowMs >= window.endMs) entry.window = window = quotaPeriodAt(quota, nowMs);
  return { counterId: entry.counterId, limit: quota.limit, window };
}

function outcomeOf(ex: Exchange, result: AdmitResult, admitted: PlanEntry | null, startedAt: number): Outcome | undefined {
  if (result !== "admitted") {
    const what = result === "throttled" ? "throttled" : "quota exceeded";
    markStep(ex, "throttle", startedAt, "stopped", what);
    if (ex.exec) ex.exec.error(admitted ? `Usage Plan check failed for API Key ${maskedKey(ex)}: ${what}` : `Request ${what} by the method, stage or account limit`);
    return result === "throttled" ? THROTTLED : QUOTA_EXCEEDED;
  }
  markStep(ex, "throttle", startedAt, "ok", admitted ? `plan ${admitted.planId}` : undefined);
  // Admitted under the plan (and counted against its quota, when it has one): the log stage reports it as usage
  // (GetUsage, the Customers pages) once the answer is out. AWS reports usage for plans without a quota too.
  if (admitted) {
    ex.usagePlanId = admitted.planId;
    if (ex.exec?.info) ex.exec.add(`Usage Plan check succeeded for API Key ${maskedKey(ex)} and API Stage ${ex.restApiId}/${ex.stageName}`);
  }
  return undefined;
}

/** The key as AWS's execution log shows it: its last four characters. */
function maskedKey(ex: Exchange): string {
  const value = ex.req.headers["x-api-key"];
  return typeof value === "string" && value !== "" ? maskSecret(value) : "";
}

const methodName = (ex: Exchange) => `'${ex.req.method ?? ""} ${ex.resource?.path ?? ""}'`;

function logAuthorizedKey(ex: Exchange): void {
  const key = maskedKey(ex);
  ex.exec!.add(`Verifying Usage Plan for request: ${ex.requestId}. API Key: ${key} API Stage: ${ex.restApiId}/${ex.stageName}`);
  ex.exec!.add(`API Key ${key} authorized because method ${methodName(ex)} requires API Key and API Key is not disabled and stage is ok and usage plan is valid`);
}

function logRefusedKey(ex: Exchange): void {
  const key = maskedKey(ex);
  ex.exec!.error(
    key === ""
      ? `API Key not authorized because method ${methodName(ex)} requires API Key and no API Key was sent`
      : `API Key ${key} not authorized because method ${methodName(ex)} requires API Key and API Key is not valid for API Stage ${ex.restApiId}/${ex.stageName}`,
  );
}
