/** The one keep-alive connection pool and bearer header both control-plane ports share. */
import { Agent } from "undici";

export interface ControlPlaneOptions {
  /** e.g. http://127.0.0.1:3000 (a path prefix is kept). */
  baseUrl: string;
  token: string;
  /** Per call; a hung control plane must not stall polling or flushing for long. */
  timeoutMs?: number;
}

export class ControlPlaneClient {
  readonly agent: Agent;
  readonly timeoutMs: number;
  private readonly base: string;
  readonly authorization: string;

  constructor(options: ControlPlaneOptions) {
    this.base = options.baseUrl.replace(/\/+$/, "");
    this.authorization = `Bearer ${options.token}`;
    this.timeoutMs = options.timeoutMs ?? 5_000;
    this.agent = new Agent({ connections: 4, keepAliveTimeout: 10_000 });
  }

  url(path: string): string {
    return `${this.base}${path}`;
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}
