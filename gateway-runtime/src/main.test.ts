import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { createInterface } from "node:readline";
import type { TelemetryBatch } from "../../lib/domain/runtime-contract";
import { mockMethod, runtimeConfig, snapshot } from "./test-support/snapshots";
import { call } from "./test-support/servers";
import { Client } from "undici";

const MAIN = path.join(import.meta.dirname, "main.ts");
const config = runtimeConfig("m1", [{ stageName: "prod", snapshot: snapshot("mainapi001", "d1", { "/x": { GET: mockMethod("from main") } }) }]);
const batches: TelemetryBatch[] = [];
const controlPlane = createServer((req, res) => {
  if (req.headers.authorization !== "Bearer t0ken") return res.writeHead(401).end();
  if (req.url === "/api/internal/runtime/config") return res.writeHead(200, { etag: '"m1"' }).end(JSON.stringify(config));
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    batches.push(JSON.parse(Buffer.concat(chunks).toString()) as TelemetryBatch);
    res.writeHead(204).end();
  });
});
/** A fake OpenTelemetry collector: the spans of every OTLP/HTTP JSON body POSTed to /v1/traces. */
interface CollectedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  kind: number;
  name: string;
  attributes: { key: string; value: { stringValue?: string } }[];
}
const collected: { path: string; spans: CollectedSpan[] }[] = [];
const collector = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const body = JSON.parse(Buffer.concat(chunks).toString()) as { resourceSpans: { scopeSpans: { spans: CollectedSpan[] }[] }[] };
    collected.push({ path: req.url ?? "", spans: body.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)) });
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
});
let controlPlaneUrl = "";
let collectorUrl = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => controlPlane.listen(0, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
  controlPlaneUrl = `http://127.0.0.1:${(controlPlane.address() as AddressInfo).port}`;
  collectorUrl = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => controlPlane.close(() => resolve()));
  await new Promise<void>((resolve) => collector.close(() => resolve()));
});

function runMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    env: { ...process.env, PORTICO_INTERNAL_TOKEN: "", GATEWAY_ADMIN_PORT: "0", PORTICO_DATA_DIR: mkdtempSync(path.join(tmpdir(), "portico-main-")), ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const lines: string[] = [];
  createInterface({ input: child.stderr }).on("line", (line) => lines.push(line));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, lines, exited };
}

async function listeningLine(run: ReturnType<typeof runMain>): Promise<{ port: number; adminPort: number }> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const line = run.lines.map((l) => JSON.parse(l) as { message: string; port?: number; adminPort?: number }).find((l) => l.message === "gateway runtime listening");
    if (line?.port) return { port: line.port, adminPort: line.adminPort ?? 0 };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no listening line: ${run.lines.join("\n")}`);
}

describe("main.ts", () => {
  it("refuses to start without PORTICO_INTERNAL_TOKEN", async () => {
    const run = runMain({ PORTICO_CONTROL_PLANE_URL: controlPlaneUrl });
    expect(await run.exited).toBe(1);
    expect(run.lines.join("\n")).toContain("PORTICO_INTERNAL_TOKEN is not set");
  });

  it("serves from the control plane's config and exits 0 on SIGTERM after flushing telemetry", async () => {
    const run = runMain({
      PORTICO_INTERNAL_TOKEN: "t0ken",
      PORTICO_CONTROL_PLANE_URL: controlPlaneUrl,
      GATEWAY_PORT: "0",
      GATEWAY_HOST: "127.0.0.1",
    });
    const { port, adminPort } = await listeningLine(run);
    expect(port).toBeGreaterThan(0);
    const res = await call(`http://127.0.0.1:${port}/restapis/mainapi001/prod/_user_request_/x`);
    expect([res.status, res.body]).toEqual([200, "from main"]);
    // Prometheus scrapes the admin port (GATEWAY_ADMIN_HOST's default, 127.0.0.1) without the internal token.
    const metrics = await call(`http://127.0.0.1:${adminPort}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.body).toContain('portico_requests_total{rest_api_id="mainapi001",stage="prod",resource="/x",method="GET",canary="false"} 1');
    expect((await call(`http://127.0.0.1:${adminPort}/internal/functions/invoke`, { method: "POST", body: "{}" })).status).toBe(401);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(batches.flatMap((batch) => batch.logs).map((log) => log.requestId)).toContain(res.headers["x-amzn-requestid"]);
  });
});

describe("main.ts with OTEL_EXPORTER_OTLP_ENDPOINT", () => {
  it("exports each request's span with the caller's trace and parent span ids, flushed on SIGTERM", async () => {
    const traceId = "0af7651916cd43dd8448eb211c80319c";
    const callerSpan = "b7ad6b7169203331";
    const run = runMain({
      PORTICO_INTERNAL_TOKEN: "t0ken",
      PORTICO_CONTROL_PLANE_URL: controlPlaneUrl,
      GATEWAY_PORT: "0",
      GATEWAY_HOST: "127.0.0.1",
      OTEL_EXPORTER_OTLP_ENDPOINT: collectorUrl,
      OTEL_SERVICE_NAME: "main-test",
    });
    const { port } = await listeningLine(run);
    const res = await call(`http://127.0.0.1:${port}/restapis/mainapi001/prod/_user_request_/x`, { headers: { traceparent: `00-${traceId}-${callerSpan}-01` } });
    expect(res.status).toBe(200);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(collected.every((c) => c.path === "/v1/traces")).toBe(true);
    const spans = collected.flatMap((c) => c.spans).filter((span) => span.traceId === traceId);
    const server = spans.find((span) => span.kind === 2);
    expect(server).toMatchObject({ parentSpanId: callerSpan, name: "GET /x" });
    expect(server!.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(server!.spanId).not.toBe(callerSpan);
    expect(server!.attributes.find((a) => a.key === "portico.request_id")?.value.stringValue).toBe(res.headers["x-amzn-requestid"]);
    // Every step of the request's timeline is a child of the gateway's span.
    const steps = spans.filter((span) => span.kind !== 2);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(step.parentSpanId).toBe(server!.spanId);
  });
});

describe("main.ts with GATEWAY_WORKERS", () => {
  it("runs two workers on one port, each a full runtime, and stops them all on SIGTERM", async () => {
    const run = runMain({
      PORTICO_INTERNAL_TOKEN: "t0ken",
      PORTICO_CONTROL_PLANE_URL: controlPlaneUrl,
      GATEWAY_PORT: "0",
      GATEWAY_HOST: "127.0.0.1",
      GATEWAY_WORKERS: "2",
    });
    const { port, adminPort } = await listeningLine(run);
    const ids = new Set<string>();
    for (let i = 0; i < 40; i++) {
      // A new connection each time: the primary hands connections to workers in turn.
      const res = await call(`http://127.0.0.1:${port}/restapis/mainapi001/prod/_user_request_/x`, { dispatcher: new Client(`http://127.0.0.1:${port}`) });
      expect([res.status, res.body]).toEqual([200, "from main"]);
      ids.add(String(res.headers["x-amzn-requestid"]));
    }
    const health = await call(`http://127.0.0.1:${adminPort}/healthz`);
    // In-memory limits and cache: healthy, each plugin listed.
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ status: "ok", checks: [{ name: "limits", ok: true }, { name: "cache", ok: true }] });
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    // Each worker flushes its own telemetry under its own runtime id: both took requests.
    const runtimes = new Set(batches.filter((b) => b.logs.some((log) => ids.has(log.requestId))).map((b) => b.runtimeId));
    expect(runtimes.size).toBe(2);
  }, 60_000);

  it("stops with status 1 instead of restarting workers that cannot start", async () => {
    const run = runMain({ PORTICO_CONTROL_PLANE_URL: controlPlaneUrl, GATEWAY_WORKERS: "2" });
    expect(await run.exited).toBe(1);
    expect(run.lines.join("\n")).toContain("gateway worker failed at start");
  }, 30_000);
});
