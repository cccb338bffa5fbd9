/**
 * The access plugin (order 100): API keys (apiKeyRequired), usage plans, throttling (usage plan per key and per
 * method -> stage/method -> account) and quotas, over a LimitStore in memory or in Redis.
 */
import type { RuntimeConfig, ThrottleSettings } from "../../../lib/domain/runtime-contract";
import { effectiveMethodSetting } from "../../../lib/domain/stage-settings";
import { quotaPeriodAt } from "../../../lib/domain/usage/quota-period";
import type { MethodPlugin, MethodTarget, PluginHealth } from "../pipeline/method-plugins";
import type { Logger } from "../ports/logger";
import { EMPTY_ACCESS_INDEX, buildAccessIndex, stageRef } from "./access-index";
import { AccessStage, type AccessState } from "./access-stage";
import type { BucketSpec, LimitStore } from "./limit-store";
import { AdjustableClock, systemClock, type LimitsClock } from "./limits-clock";
import { MemoryLimitStore } from "./memory-limit-store";
import { ResilientLimitStore } from "./resilient-limit-store";
import { testClockRoute } from "./test-clock-route";

export interface AccessPluginOptions {
  logger: Logger;
  /** Shared store for every runtime process; absent: in memory, this process only. */
  redisUrl?: string;
  /** AWS's account-level limit (10,000 rps steady, 5,000 burst by default). */
  accountThrottle: ThrottleSettings;
  /** Only tests set it (PORTICO_TEST_CLOCK=1 outside production): an admin route moves this runtime's clock. */
  testClock?: boolean;
  /** The limits clock (default: real time); unit tests inject one. A test clock moves relative to it. */
  clock?: LimitsClock;
  /** Redis key prefix (default "portico:limits:"); tests use one per run. */
  redisKeyPrefix?: string;
  /** A Redis call slower than this degrades to local limits (default 50 ms). */
  redisTimeoutMs?: number;
}

export interface AccessPlugin extends MethodPlugin {
  health(): PluginHealth;
}

export function createAccessPlugin(options: AccessPluginOptions): AccessPlugin {
  const adjustable = options.testClock ? new AdjustableClock(options.clock) : null;
  const clock = adjustable ?? options.clock ?? systemClock;
  const resilient = options.redisUrl
    ? new ResilientLimitStore({
        redisUrl: options.redisUrl,
        logger: options.logger,
        keyPrefix: options.redisKeyPrefix,
        timeoutMs: options.redisTimeoutMs,
      })
    : null;
  const store: LimitStore = resilient ?? new MemoryLimitStore();
  const state: AccessState = { index: EMPTY_ACCESS_INDEX };
  // One bucket for the whole runtime (per worker process), or for every runtime when shared through Redis.
  const account: BucketSpec = { id: "account", ...options.accountThrottle };
  const handedAdjustments = new Set<string>();

  function applyAdjustments(config: RuntimeConfig): void {
    const nowMs = clock.now();
    const seen = new Set<string>();
    for (const plan of config.usagePlans ?? []) {
      for (const adjustment of plan.quotaAdjustments ?? []) {
        seen.add(adjustment.id);
        const periodStartMs = Date.parse(adjustment.periodStart);
        if (!plan.quota || handedAdjustments.has(adjustment.id) || Number.isNaN(periodStartMs)) continue;
        handedAdjustments.add(adjustment.id);
        const window = quotaPeriodAt(plan.quota, periodStartMs);
        // Stores ignore adjustments for periods already over; each applies an id once.
        void store.adjustQuota({ id: adjustment.id, counterId: `${plan.id}:${adjustment.keyId}`, window, used: adjustment.used, nowMs });
      }
    }
    for (const id of handedAdjustments) if (!seen.has(id)) handedAdjustments.delete(id);
  }

  return {
    name: "access",
    order: 100,
    prepare(config) {
      state.index = buildAccessIndex(config);
      applyAdjustments(config);
    },
    compile(target: MethodTarget) {
      const { stage, method, resourcePath } = target;
      const setting = effectiveMethodSetting(target.settings, resourcePath, method.httpMethod);
      const sharedBuckets: BucketSpec[] = [];
      // "*/*" applies to each method on its own: one bucket per stage and method, never one for the whole stage.
      if (setting) {
        sharedBuckets.push({
          id: `stage:${stageRef(stage.restApiId, stage.stageName)}:${method.httpMethod} ${resourcePath}`,
          rateLimit: setting.throttlingRateLimit,
          burstLimit: setting.throttlingBurstLimit,
        });
      }
      sharedBuckets.push(account);
      const accessStage = new AccessStage(
        {
          stageRef: stageRef(stage.restApiId, stage.stageName),
          methodKey: `${resourcePath}/${method.httpMethod}`,
          apiKeyRequired: method.apiKeyRequired,
          apiKeySource: target.snapshot.apiKeySource ?? "HEADER",
          sharedBuckets,
        },
        state,
        store,
        clock,
      );
      return { request: accessStage };
    },
    health() {
      return resilient ? resilient.health() : { name: "limits", ok: true, detail: "in memory, this process only" };
    },
    adminRoutes() {
      return adjustable ? [testClockRoute(adjustable)] : [];
    },
    close() {
      return store.close();
    },
  };
}
