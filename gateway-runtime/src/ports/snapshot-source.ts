/**
 * SnapshotSource port: where the runtime reads its RuntimeConfig (the stages it serves and their frozen
 * deployments). Polled with the last version seen so an unchanged config costs one 304.
 */
import type { RuntimeConfig } from "../../../lib/domain/runtime-contract";

export type PollResult =
  | { kind: "unchanged" }
  | { kind: "config"; config: RuntimeConfig }
  | { kind: "unavailable"; reason: string }
  /** The source answered with something unusable; `version` (from the ETag) lets the poller stop re-fetching it. */
  | { kind: "invalid"; version: string | null; reason: string };

export interface SnapshotSource {
  /** Never rejects: an outage is the `unavailable` value. */
  poll(knownVersion: string | null): Promise<PollResult>;
  close?(): Promise<void>;
}

/** In-memory twin for tests and the benchmark: `set()` publishes a config, the next poll picks it up. */
export class MemorySnapshotSource implements SnapshotSource {
  private config: RuntimeConfig | null;
  private available = true;

  constructor(initial: RuntimeConfig | null = null) {
    this.config = initial;
  }

  set(config: RuntimeConfig): void {
    this.config = config;
  }

  /** Simulates a control-plane outage. */
  setAvailable(available: boolean): void {
    this.available = available;
  }

  async poll(knownVersion: string | null): Promise<PollResult> {
    if (!this.available) return { kind: "unavailable", reason: "memory source marked unavailable" };
    if (!this.config || this.config.version === knownVersion) return { kind: "unchanged" };
    return { kind: "config", config: this.config };
  }
}
