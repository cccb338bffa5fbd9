/**
 * One keep-alive undici Pool per backend origin, shared by every stage and deployment that calls it, so a
 * redeploy keeps its warm connections. Pipelining stays at 1: HTTP/1.1 pipelining stalls behind slow
 * responses and many backends mishandle it; parallel connections give the throughput instead.
 */
import { Pool } from "undici";

export interface UpstreamPoolOptions {
  /** Connections per origin; requests beyond queue inside the pool. */
  connections?: number;
  connectTimeoutMs?: number;
}

export class UpstreamPools {
  private readonly pools = new Map<string, Pool>();

  constructor(private readonly options: UpstreamPoolOptions = {}) {}

  /** Called when a config compiles, never per request. */
  get(origin: string): Pool {
    let pool = this.pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, {
        connections: this.options.connections ?? 256,
        pipelining: 1,
        connect: { timeout: this.options.connectTimeoutMs ?? 10_000 },
        // The gateway sets per-request timeouts from the integration's timeoutInMillis.
        headersTimeout: 0,
        bodyTimeout: 0,
      });
      this.pools.set(origin, pool);
    }
    return pool;
  }

  async close(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools.clear();
    await Promise.all(pools.map((pool) => pool.close().catch(() => pool.destroy())));
  }
}
