/**
 * The access plugin (order 100): API keys (apiKeyRequired), usage plans, throttling (usage plan per key and per
 * method -> stage/method -> account) and quotas, over a LimitStore in memory or in Redis.
 * PLACEHOLDER: the contract only; the implementation lands with its tests.
 */
import type { ThrottleSettings } from "../../../lib/domain/runtime-contract";
import type { MethodPlugin } from "../pipeline/method-plugins";
import type { Logger } from "../ports/logger";

export interface AccessPluginOptions {
  logger: Logger;
  /** Shared store for every runtime process; absent: in memory, this process only. */
  redisUrl?: string;
  /** AWS's account-level limit (10,000 rps steady, 5,000 burst by default). */
  accountThrottle: ThrottleSettings;
  /** Only tests set it (PORTICO_TEST_CLOCK=1 outside production): an admin route moves this runtime's clock. */
  testClock?: boolean;
}

export function createAccessPlugin(options: AccessPluginOptions): MethodPlugin {
  void options;
  return { name: "access", order: 100, compile: () => null };
}
