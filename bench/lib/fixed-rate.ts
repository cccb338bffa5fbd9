/** Parent side of the fixed-rate phase: one long-lived generator process (fixed-rate-child.ts), driven over IPC. */
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { FixedRateJob, FixedRateResult } from "./fixed-rate-child";

export type { FixedRateResult };

export class FixedRateGenerator {
  private constructor(private readonly child: ChildProcess) {}

  static async start(): Promise<FixedRateGenerator> {
    const file = path.join(path.dirname(new URL(import.meta.url).pathname), "fixed-rate-child.ts");
    const child = fork(file, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    await new Promise<void>((resolve, reject) => {
      child.once("exit", (code) => reject(new Error(`fixed-rate generator exited with ${code}`)));
      child.once("message", () => resolve());
    });
    child.removeAllListeners("exit");
    return new FixedRateGenerator(child);
  }

  run(job: FixedRateJob): Promise<FixedRateResult> {
    return new Promise((resolve, reject) => {
      this.child.once("message", (reply: { ok: boolean; result?: FixedRateResult; error?: string }) =>
        reply.ok ? resolve(reply.result!) : reject(new Error(reply.error)),
      );
      this.child.send(job);
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.kill("SIGTERM");
    await exited;
  }
}
