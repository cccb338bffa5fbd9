import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { functionSpec, payloadOf, startHost } from "./test-functions";
import type { InvokeResult } from "./types";

let env: ReturnType<typeof startHost>;
beforeAll(() => {
  env = startHost({ maxProcesses: 6 });
});
afterAll(() => env.close());

function failure(result: InvokeResult) {
  if (result.ok) throw new Error(`expected a failure, got ${result.payload}`);
  return result;
}

/** A function that misbehaves only when asked, so the same warm process can be observed before and after. */
const misbehaving = (name: string, misbehaviour: string, overrides: Parameters<typeof functionSpec>[2] = {}) =>
  functionSpec(name, { "index.mjs": `export const handler = async (event) => { if (event.bad) { ${misbehaviour} } return process.pid; };` }, overrides);

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work;
  return { value, ms: performance.now() - started };
}

describe("timeout", () => {
  it("kills an infinite loop at the timeout with Lambda's message, then serves the next call from a new process", async () => {
    const spec = misbehaving("looping", "for (;;) {}", { timeoutMs: 1000 });
    const warmPid = payloadOf(await env.host.invoke(spec, {}));
    const { value, ms } = await timed(env.host.invoke(spec, { bad: true }, { requestId: "loop-1" }));
    const result = failure(value);
    expect(result.kind).toBe("timeout");
    expect(result.error.errorType).toBe("Sandbox.Timedout");
    expect(result.error.errorMessage).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z loop-1 Task timed out after 1\.00 seconds$/);
    expect(ms).toBeGreaterThanOrEqual(990);
    expect(ms).toBeLessThan(1400);
    expect(result.logs).toMatch(/REPORT RequestId: loop-1\t.*\tStatus: timeout\t\n.*Task timed out after 1\.00 seconds\n$/);
    const next = payloadOf(await env.host.invoke(spec, {}));
    expect(next).not.toBe(warmPid);
  });

  it("stops a module that never finishes loading at the init limit", async () => {
    const quick = startHost({ initTimeoutMs: 600 });
    try {
      const spec = functionSpec("stuck-init", { "index.mjs": "for (;;) {}\nexport const handler = async () => 1;" });
      const { value, ms } = await timed(quick.host.invoke(spec, {}));
      const result = failure(value);
      expect(result.kind).toBe("timeout");
      expect(result.error.errorType).toBe("Sandbox.Timedout");
      expect(ms).toBeLessThan(1200);
      expect(quick.host.processCount).toBeLessThanOrEqual(1);
    } finally {
      await quick.close();
    }
  });

  it("lets an earlier deadline (an integration timeout) cut the function timeout short", async () => {
    const spec = misbehaving("deadline-capped", "await new Promise((r) => setTimeout(r, 10_000));", { timeoutMs: 10_000 });
    await env.host.invoke(spec, {});
    const { value, ms } = await timed(env.host.invoke(spec, { bad: true }, { deadlineMs: Date.now() + 700 }));
    expect(failure(value).kind).toBe("timeout");
    expect(ms).toBeLessThan(1100);
  });
});

describe("memory", () => {
  it("stops a heap bomb as out-of-memory and keeps serving", async () => {
    const spec = misbehaving("heap-bomb", "const keep = []; for (;;) keep.push({ s: 'x'.repeat(64 * 1024) + Math.random() });");
    const warmPid = payloadOf(await env.host.invoke(spec, {}));
    const result = failure(await env.host.invoke(spec, { bad: true }, { requestId: "oom-1" }));
    expect(result.kind).toBe("out-of-memory");
    expect(result.error.errorType).toBe("Runtime.OutOfMemory");
    expect(result.error.errorMessage).toMatch(/^RequestId: oom-1 Error: Runtime exited with error: signal: (killed|aborted)$/);
    expect(result.logs).toMatch(/Max Memory Used: 128 MB\tStatus: error\tError Type: Runtime.OutOfMemory\t\n$/);
    expect(payloadOf(await env.host.invoke(spec, {}))).not.toBe(warmPid);
  });

  it("stops memory held outside the V8 heap (Buffers) with the resident-memory watchdog", async () => {
    const spec = misbehaving("buffer-bomb", "const keep = []; for (;;) keep.push(Buffer.alloc(8 * 1024 * 1024, 1));", { memoryMb: 256 });
    const result = failure(await env.host.invoke(spec, { bad: true }, { requestId: "oom-2" }));
    expect(result.kind).toBe("out-of-memory");
    expect(result.error.errorMessage).toBe("RequestId: oom-2 Error: Runtime exited with error: signal: killed");
    expect(typeof payloadOf(await env.host.invoke(spec, {}))).toBe("number");
  });
});

describe("exits and crashes", () => {
  it("reports process.exit(3) as Runtime.ExitError with the exit status, then starts a fresh process", async () => {
    const spec = misbehaving("exiting", "process.exit(3);");
    const warmPid = payloadOf(await env.host.invoke(spec, {}));
    const result = failure(await env.host.invoke(spec, { bad: true }, { requestId: "exit-1" }));
    expect(result.kind).toBe("exited");
    expect(result.error).toEqual({
      errorType: "Runtime.ExitError",
      errorMessage: "RequestId: exit-1 Error: Runtime exited with error: exit status 3",
      trace: [],
    });
    expect(result.logs).toContain("RequestId: exit-1 Error: Runtime exited with error: exit status 3\nRuntime.ExitError\nEND RequestId: exit-1\n");
    expect(result.logs).toContain("\tStatus: error\tError Type: Runtime.ExitError\t");
    expect(payloadOf(await env.host.invoke(spec, {}))).not.toBe(warmPid);
  });

  it("reports a process that exits while its module loads as Runtime.ExitError", async () => {
    const spec = functionSpec("exit-on-load", { "index.mjs": "process.exit(0);\nexport const handler = async () => 1;" });
    const result = failure(await env.host.invoke(spec, {}, { requestId: "exit-2" }));
    expect(result.kind).toBe("exited");
    expect(result.error.errorMessage).toBe("RequestId: exit-2 Error: Runtime exited without providing a reason");
  });

  it("keeps other functions answering promptly while one spins until its timeout", async () => {
    const runaway = misbehaving("runaway", "for (;;) {}", { timeoutMs: 2500 });
    const healthy = functionSpec("healthy", { "index.mjs": "export const handler = async (event) => event.n + 1;" });
    await env.host.invoke(healthy, { n: 0 });
    const spinning = env.host.invoke(runaway, { bad: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (let n = 0; n < 5; n++) {
      const { value, ms } = await timed(env.host.invoke(healthy, { n }));
      expect(payloadOf(value)).toBe(n + 1);
      expect(ms).toBeLessThan(750);
    }
    expect(failure(await spinning).kind).toBe("timeout");
  });
});
