import { randomUUID } from "node:crypto";
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "undici";
import { Redis } from "ioredis";
import { call, eventually } from "../test-support/servers";
import { mockMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { apiKey, keyRequired, withAccess } from "../test-support/access-config";
import { deleteKeys } from "../test-support/redis-keys";

const redisUrl = process.env.TEST_REDIS_URL;
const MAIN = path.join(import.meta.dirname, "..", "main.ts");
const TOKEN = "processes-t0ken";
const DAY_MS = 86_400_000;

const config = withAccess(
  runtimeConfig("p1", [{ stageName: "prod", snapshot: snapshot("procapi001", "d1", { "/q": { GET: keyRequired(mockMethod("q")) } }) }]),
  [apiKey("kproc", "process-key-value-0000000")],
  [{ id: "pproc", quota: { limit: 10, offset: 0, period: "DAY" }, apiStages: [{ apiId: "procapi001", stage: "prod" }], keyIds: ["kproc"] }],
);

/** The control plane's two internal endpoints, as the runtime uses them: the config, and telemetry (accepted). */
const controlPlane = createServer((req, res) => {
  if (req.headers.authorization !== `Bearer ${TOKEN}`) return res.writeHead(401).end();
  if (req.url === "/api/internal/runtime/config") return res.writeHead(200, { etag: `"${config.version}"` }).end(JSON.stringify(config));
  req.resume();
  req.on("end", () => res.writeHead(204).end());
});

interface Runtime {
  port: number;
  adminPort: number;
  stop(): Promise<number | null>;
}

async function startRuntime(env: Record<string, string>): Promise<Runtime> {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    env: { ...process.env, NODE_ENV: "test", PORTICO_DATA_DIR: mkdtempSync(path.join(tmpdir(), "portico-limits-")), ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const lines: string[] = [];
  createInterface({ input: child.stderr }).on("line", (line) => lines.push(line));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  let listening: { port?: number; adminPort?: number } | undefined;
  await eventually(() => {
    listening = lines.map((line) => JSON.parse(line) as { message: string; port?: number; adminPort?: number }).find((l) => l.message === "gateway runtime listening");
    return listening !== undefined;
  }, 30_000);
  if (!listening?.port || !listening.adminPort) throw new Error(`runtime did not start:\n${lines.join("\n")}`);
  return {
    port: listening.port,
    adminPort: listening.adminPort,
    stop: () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

async function admin(runtime: Runtime, method: "GET" | "POST", route: string, body?: unknown) {
  const res = await request(`http://127.0.0.1:${runtime.adminPort}${route}`, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.body.json()) as { status?: string; nowMs?: number; checks?: { name: string; ok: boolean }[] };
}

async function statuses(runtime: Runtime, times: number): Promise<number[]> {
  const url = `http://127.0.0.1:${runtime.port}/restapis/procapi001/prod/_user_request_/q`;
  const out: number[] = [];
  for (let i = 0; i < times; i++) out.push((await call(url, { headers: { "x-api-key": "process-key-value-0000000" } })).status);
  return out;
}

describe.skipIf(!redisUrl)("two runtime processes (main.ts) sharing limits through Redis", () => {
  const prefix = `portico:limits:test-${randomUUID()}:`;
  let runtimes: Runtime[] = [];
  let client: Redis;
  beforeAll(async () => {
    client = new Redis(redisUrl!);
    await new Promise<void>((resolve) => controlPlane.listen(0, "127.0.0.1", resolve));
    const env = {
      PORTICO_INTERNAL_TOKEN: TOKEN,
      PORTICO_CONTROL_PLANE_URL: `http://127.0.0.1:${(controlPlane.address() as AddressInfo).port}`,
      GATEWAY_PORT: "0",
      GATEWAY_HOST: "127.0.0.1",
      GATEWAY_ADMIN_PORT: "0",
      REDIS_URL: redisUrl!,
      PORTICO_TEST_CLOCK: "1",
      PORTICO_LIMITS_REDIS_PREFIX: prefix,
      // Sharing is under test here, not timeouts: a loaded machine must not push a runtime onto local limits.
      PORTICO_LIMITS_REDIS_TIMEOUT_MS: "2000",
    };
    runtimes = await Promise.all([startRuntime(env), startRuntime(env)]);
    // Until Redis is connected a runtime decides locally: wait until both say they share.
    for (const runtime of runtimes) {
      expect(await eventually(async () => (await admin(runtime, "GET", "/healthz")).status === "ok", 10_000)).toBe(true);
    }
  }, 60_000);
  afterAll(async () => {
    const codes = await Promise.all(runtimes.map((runtime) => runtime.stop()));
    expect(codes).toEqual(runtimes.map(() => 0));
    await new Promise<void>((resolve) => controlPlane.close(() => resolve()));
    await deleteKeys(client, prefix);
    await client.quit();
  });

  it("report the shared store in /healthz", async () => {
    const health = await admin(runtimes[0], "GET", "/healthz");
    expect(health.checks).toContainEqual(expect.objectContaining({ name: "limits", ok: true }));
  });

  it("admit exactly the quota of 10 between them, and a runtime whose test clock crossed the day starts a new period", async () => {
    const [a, b] = runtimes;
    const answers = (await Promise.all([statuses(a, 8), statuses(b, 8)])).flat();
    expect(answers.filter((status) => status === 200)).toHaveLength(10);
    expect(answers.filter((status) => status === 429)).toHaveLength(6);

    const moved = await admin(a, "POST", "/internal/test/clock", { advanceMs: DAY_MS });
    expect(moved.nowMs).toBeGreaterThan(Date.now() + DAY_MS - 60_000);
    expect(await statuses(a, 11)).toEqual([...Array(10).fill(200), 429]);
    // b's clock is still in yesterday's period, which stays used up.
    expect(await statuses(b, 1)).toEqual([429]);
    await admin(b, "POST", "/internal/test/clock", { advanceMs: DAY_MS });
    // Now in a's period, whose 10 a has used.
    expect(await statuses(b, 1)).toEqual([429]);
  });
});
