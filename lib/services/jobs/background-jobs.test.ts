import { describe, expect, it, vi } from "vitest";
import { startBackgroundJobs, type BackgroundJob } from "./background-jobs";

function recorder() {
  const lines: string[] = [];
  return { lines, log: { warn: (m: string) => lines.push(`warn ${m}`), info: (m: string) => lines.push(`info ${m}`) } };
}

describe("background jobs", () => {
  it("runs each job on its interval", async () => {
    let runs = 0;
    const job: BackgroundJob = { name: "count", intervalMs: 20, run: async () => void runs++ };
    const jobs = startBackgroundJobs([job], recorder().log, 0);
    // Waits for the runs rather than for a fixed time: a loaded machine only makes this slower, not red.
    await vi.waitFor(() => expect(runs).toBeGreaterThanOrEqual(3), { timeout: 10_000, interval: 10 });
    await jobs.stop();
    const after = runs;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(runs).toBe(after);
  });

  it("never overlaps a run of the same job", async () => {
    let release: () => void = () => {};
    let started = 0;
    const job: BackgroundJob = {
      name: "slow",
      intervalMs: 60_000,
      run: () => {
        started++;
        return new Promise<void>((resolve) => (release = resolve));
      },
    };
    const jobs = startBackgroundJobs([job], recorder().log, 60_000);
    const first = jobs.runNow("slow");
    expect(await jobs.runNow("slow")).toBe(false);
    release();
    expect(await first).toBe(true);
    expect(started).toBe(1);
    await jobs.stop();
  });

  it("reports a failure once per streak and the recovery", async () => {
    let fail = true;
    const job: BackgroundJob = {
      name: "flaky",
      intervalMs: 60_000,
      run: async () => {
        if (fail) throw new Error("database is locked");
      },
    };
    const { lines, log } = recorder();
    const jobs = startBackgroundJobs([job], log, 60_000);
    await jobs.runNow("flaky");
    await jobs.runNow("flaky");
    fail = false;
    await jobs.runNow("flaky");
    await jobs.stop();
    expect(lines).toEqual(["warn [jobs] flaky failed: database is locked", "info [jobs] flaky is running again"]);
  });
});
