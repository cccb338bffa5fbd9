import { afterEach, describe, expect, it } from "vitest";
import { functionSpec, payloadOf, startHost } from "./test-functions";

const hosts: ReturnType<typeof startHost>[] = [];
function host(options: Parameters<typeof startHost>[0] = {}) {
  const started = startHost(options);
  hosts.push(started);
  return started.host;
}
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((started) => started.close()));
});

const sleeper = (name: string) =>
  functionSpec(name, { "index.mjs": "export const handler = async (event) => { await new Promise((r) => setTimeout(r, event.ms ?? 0)); return process.pid; };" });

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("warm processes", () => {
  it("reuses the warm process: module state survives and the second call is faster", async () => {
    const functions = host();
    const spec = functionSpec("counter", {
      "index.js": "let count = 0;\nexports.handler = async () => ({ count: ++count, pid: process.pid });",
    });
    const coldStart = performance.now();
    const first = payloadOf(await functions.invoke(spec, {})) as { count: number; pid: number };
    const cold = performance.now() - coldStart;
    const warmStart = performance.now();
    const second = payloadOf(await functions.invoke(spec, {})) as { count: number; pid: number };
    const warm = performance.now() - warmStart;
    expect(first.count).toBe(1);
    expect(second).toEqual({ count: 2, pid: first.pid });
    expect(warm).toBeLessThan(cold);
  });

  it("does not share a process between two functions whose code and configuration give the same key", async () => {
    const functions = host();
    const code = { "index.js": "let calls = 0;\nexports.handler = async (e, context) => ({ name: context.functionName, calls: ++calls });" };
    const blue = functionSpec("blue", code);
    const green = { ...functionSpec("green", code), key: blue.key };
    expect(payloadOf(await functions.invoke(blue, {}))).toEqual({ name: "blue", calls: 1 });
    expect(payloadOf(await functions.invoke(green, {}))).toEqual({ name: "green", calls: 1 });
    expect(payloadOf(await functions.invoke(blue, {}))).toEqual({ name: "blue", calls: 2 });
  });

  it("stops a process idle for longer than idleTtlMs", async () => {
    const functions = host({ idleTtlMs: 150 });
    const pid = payloadOf(await functions.invoke(sleeper("reaped"), {})) as number;
    expect(functions.processCount).toBe(1);
    await expect.poll(() => functions.processCount, { timeout: 2000, interval: 50 }).toBe(0);
    expect(isRunning(pid)).toBe(false);
  });
});

describe("concurrency", () => {
  it("runs N parallel invocations of one function in N processes, up to maxProcesses", async () => {
    const functions = host({ maxProcesses: 4 });
    const spec = sleeper("parallel");
    const pids = await Promise.all([1, 2, 3, 4].map(() => functions.invoke(spec, { ms: 300 }).then(payloadOf)));
    expect(new Set(pids).size).toBe(4);
  });

  it("queues callers beyond maxProcesses and serves them in turn from the same processes", async () => {
    const functions = host({ maxProcesses: 2 });
    const spec = sleeper("queued");
    let most = 0;
    const sampler = setInterval(() => (most = Math.max(most, functions.processCount)), 5);
    const started = performance.now();
    const pids = await Promise.all([1, 2, 3, 4, 5, 6].map(() => functions.invoke(spec, { ms: 200 }).then(payloadOf)));
    clearInterval(sampler);
    expect(new Set(pids).size).toBe(2);
    expect(most).toBeLessThanOrEqual(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(600);
  });

  it("answers a timeout when the deadline passes while queued", async () => {
    const functions = host({ maxProcesses: 1 });
    const spec = sleeper("busy");
    const holding = functions.invoke(spec, { ms: 1500 });
    const started = performance.now();
    const result = await functions.invoke(spec, {}, { deadlineMs: Date.now() + 250, requestId: "queued-1" });
    expect(performance.now() - started).toBeLessThan(600);
    expect(result.ok || result.kind).toBe("timeout");
    expect(result.logs).toContain("START RequestId: queued-1");
    await holding;
  });

  it("stops another function's idle process to make room when every slot is taken", async () => {
    const functions = host({ maxProcesses: 1 });
    const first = payloadOf(await functions.invoke(sleeper("first"), {})) as number;
    const second = payloadOf(await functions.invoke(sleeper("second"), {})) as number;
    expect(second).not.toBe(first);
    expect(isRunning(first)).toBe(false);
    expect(functions.processCount).toBe(1);
  });
});

describe("close", () => {
  it("kills every process, including one mid-invocation, and refuses new work", async () => {
    const functions = host({ maxProcesses: 4 });
    const pids = await Promise.all(["a", "b", "c"].map((name) => functions.invoke(sleeper(`close-${name}`), {}).then(payloadOf)));
    const inFlight = functions.invoke(sleeper("close-slow"), { ms: 10_000 });
    await expect.poll(() => functions.processCount).toBe(4);
    await functions.close();
    const interrupted = await inFlight;
    expect(interrupted.ok || interrupted.kind).toBe("exited");
    expect(functions.processCount).toBe(0);
    for (const pid of pids) expect(isRunning(pid as number)).toBe(false);
    await expect(functions.invoke(sleeper("late"), {})).rejects.toThrow("closed");
  });
});
