/**
 * Keeps the runtime's one `active` compiled config current: polls the SnapshotSource, compiles a changed
 * config off the request path, then swaps the pointer. Requests already running hold the config they started
 * with. A source outage or an unreadable config leaves the last good config serving.
 */
import type { Logger } from "../ports/logger";
import type { SnapshotSource } from "../ports/snapshot-source";
import { compileConfig } from "./compile-config";
import { FunctionDirectory } from "../lambda/function-directory";
import type { CompileContext } from "./compile-stage";
import { EMPTY_CONFIG, type CompiledConfig } from "./compiled";

export class ActiveConfig {
  current: CompiledConfig = EMPTY_CONFIG;
}

export class ConfigWatcher {
  /** Last version seen, applied or refused: sent as If-None-Match so a refused one is not fetched again. */
  private knownVersion: string | null = null;
  private inOutage = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private polling: Promise<void> | null = null;

  constructor(
    private readonly source: SnapshotSource,
    private readonly active: ActiveConfig,
    private readonly context: CompileContext,
    private readonly logger: Logger,
    private readonly pollIntervalMs: number,
  ) {}

  /** Polls once (so a reachable source is applied before the caller listens), then keeps polling. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.pollNow();
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.polling;
  }

  /** One poll; concurrent callers share it. */
  pollNow(): Promise<void> {
    this.polling ??= this.pollOnce().finally(() => {
      this.polling = null;
    });
    return this.polling;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.pollNow().then(() => this.schedule());
    }, this.pollIntervalMs);
    this.timer.unref();
  }

  private async pollOnce(): Promise<void> {
    const result = await this.source.poll(this.knownVersion);
    if (result.kind === "unavailable") {
      // Once per outage, not once per poll.
      if (!this.inOutage) this.logger.warn("control plane unavailable; serving the last good config", { reason: result.reason });
      this.inOutage = true;
      return;
    }
    if (this.inOutage) this.logger.info("control plane reachable again");
    this.inOutage = false;
    if (result.kind === "unchanged") return;
    if (result.kind === "invalid") {
      this.knownVersion = result.version ?? this.knownVersion;
      this.logger.error("refused runtime config; keeping the previous one", { version: result.version, reason: result.reason });
      return;
    }
    const config = result.config;
    this.knownVersion = config.version;
    try {
      const compiled = compileConfig(config, this.active.current, this.context);
      if (!compiled.ok) {
        this.logger.error("refused runtime config; keeping the previous one", { version: config.version, reason: compiled.reason });
        return;
      }
      this.active.current = compiled.config;
      // Functions are looked up per invocation, so a new version or alias is live without recompiling stages.
      if (this.context.lambda && config.functions) this.context.lambda.directory = new FunctionDirectory(config.functions);
      this.logger.info("runtime config applied", { version: config.version, stages: config.stages.length });
    } catch (error) {
      this.logger.error("runtime config failed to compile; keeping the previous one", {
        version: config.version,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
