import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import type { TelemetryBatch } from "../../../lib/domain/runtime-contract";
import { mockMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { call, eventually } from "../test-support/servers";
import { HttpSnapshotSource } from "./http-snapshot-source";
import { HttpLogSink } from "./http-log-sink";
import { MemoryLogger } from "./logger";
import { createGatewayServer } from "../server";

const TOKEN = "internal-token-abc";

/** A stand-in for the console's internal endpoints, with switches for outages. */
function fakeControlPlane() {
  const state = {
    config: runtimeConfig("v1", [{ stageName: "prod", snapshot: snapshot("cpapi00001", "d1", { "/x": { GET: mockMethod("one") } }) }]),
    configBody: null as string | null,
    down: false,
    telemetryStatus: 202,
    configRequests: [] as IncomingHttpHeaders[],
    batches: [] as TelemetryBatch[],
    telemetryHeaders: [] as IncomingHttpHeaders[],
  };
  const server = createServer((req, res) => {
    if (state.down) return req.socket.destroy();
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return res.writeHead(401).end();
    if (req.method === "GET" && req.url === "/api/internal/runtime/config") {
      state.configRequests.push(req.headers);
      const etag = `"${state.config.version}"`;
      if (req.headers["if-none-match"] === etag) return res.writeHead(304, { etag }).end();
      return res.writeHead(200, { etag, "content-type": "application/json" }).end(state.configBody ?? JSON.stringify(state.config));
    }
    if (req.method === "POST" && req.url === "/api/internal/runtime/telemetry") {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        state.telemetryHeaders.push(req.headers);
        if (state.telemetryStatus < 300) state.batches.push(JSON.parse(Buffer.concat(chunks).toString()) as TelemetryBatch);
        res.writeHead(state.telemetryStatus).end();
      });
      return;
    }
    res.writeHead(404).end();
  });
  return { state, server };
}

const cp = fakeControlPlane();
let baseUrl = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => cp.server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(cp.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => cp.server.close(() => resolve())));

describe("HttpSnapshotSource", () => {
  it("sends the bearer token and If-None-Match, and reads 304 as unchanged", async () => {
    const source = new HttpSnapshotSource({ baseUrl, token: TOKEN });
    const first = await source.poll(null);
    expect(first.kind).toBe("config");
    expect(cp.state.configRequests.at(-1)?.["if-none-match"]).toBeUndefined();
    expect(await source.poll("v1")).toEqual({ kind: "unchanged" });
    expect(cp.state.configRequests.at(-1)?.["if-none-match"]).toBe('"v1"');
    expect(cp.state.configRequests.at(-1)?.authorization).toBe(`Bearer ${TOKEN}`);
    await source.close();
  });

  it("reports an outage and a malformed config as values", async () => {
    const source = new HttpSnapshotSource({ baseUrl, token: TOKEN });
    cp.state.down = true;
    expect((await source.poll(null)).kind).toBe("unavailable");
    cp.state.down = false;
    cp.state.configBody = JSON.stringify({ version: "bad", stages: [{ restApiId: 1 }], snapshots: {} });
    const invalid = await source.poll(null);
    expect(invalid).toMatchObject({ kind: "invalid", version: "v1" });
    cp.state.configBody = null;
    expect((await new HttpSnapshotSource({ baseUrl, token: "wrong" }).poll(null)).kind).toBe("unavailable");
    await source.close();
  });
});

describe("HttpLogSink", () => {
  it("posts the batch with the bearer token and tells retryable failures apart", async () => {
    const sink = new HttpLogSink({ baseUrl, token: TOKEN });
    const batch: TelemetryBatch = { runtimeId: "r1", logs: [], metrics: [], droppedLogs: 3 };
    expect(await sink.send(batch)).toEqual({ ok: true });
    expect(cp.state.batches.at(-1)).toEqual(batch);
    expect(cp.state.telemetryHeaders.at(-1)?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(cp.state.telemetryHeaders.at(-1)?.["content-type"]).toBe("application/json");
    cp.state.telemetryStatus = 503;
    expect(await sink.send(batch)).toMatchObject({ ok: false, retryable: true });
    cp.state.telemetryStatus = 400;
    expect(await sink.send(batch)).toMatchObject({ ok: false, retryable: false });
    cp.state.telemetryStatus = 202;
    await sink.close();
  });
});

describe("runtime against the control plane", () => {
  it("serves the last good config through an outage, logs it once, and recovers", async () => {
    const logger = new MemoryLogger();
    const gateway = createGatewayServer({
      source: new HttpSnapshotSource({ baseUrl, token: TOKEN }),
      sink: new HttpLogSink({ baseUrl, token: TOKEN }),
      logger,
      pollIntervalMs: 50,
      flushIntervalMs: 100,
    });
    const { port } = await gateway.listen(0);
    const url = (path: string) => `http://127.0.0.1:${port}/restapis/cpapi00001/prod/_user_request_${path}`;
    try {
      expect((await call(url("/x"))).body).toBe("one");
      cp.state.down = true;
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect((await call(url("/x"))).body).toBe("one");
      const outageLines = logger.lines.filter((line) => line.message.startsWith("control plane unavailable"));
      expect(outageLines).toHaveLength(1);

      cp.state.config = runtimeConfig("v2", [
        { stageName: "prod", snapshot: snapshot("cpapi00001", "d2", { "/x": { GET: mockMethod("two") } }) },
      ]);
      cp.state.down = false;
      expect(await eventually(async () => (await call(url("/x"))).body === "two", 2_000)).toBe(true);
      expect(logger.lines.some((line) => line.message === "control plane reachable again")).toBe(true);
      expect(await eventually(() => cp.state.batches.some((batch) => batch.logs.length > 0), 2_000)).toBe(true);
    } finally {
      await gateway.close();
    }
  });
});
