import { afterAll, beforeAll, describe, expect, it } from "vitest";
import parsePrometheusTextFormat, { type ParsedFamily, type ParsedMetric } from "parse-prometheus-text-format";
import type { RequestLogRecord } from "../../../lib/domain/runtime-contract";
import { createAdminServer } from "../admin/admin-server";
import { adminRoutes } from "../admin/admin-routes";
import { createAccessPlugin } from "../limits/access-plugin";
import { createCachePlugin } from "../limits/cache/cache-plugin";
import type { GatewayServerOptions } from "../server";
import { MemoryLogger } from "../ports/logger";
import { apiKey, keyRequired, withAccess } from "../test-support/access-config";
import { cachedStageSettings, withStageSettings } from "../test-support/cache";
import { call, eventually, startBackend, startGateway } from "../test-support/servers";
import { mockMethod, proxyMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { POWER_OF_TWO_BOUNDS_MS } from "./prometheus-histogram";

const TOKEN = "prom-admin-token";
const KEY_VALUE = "prom-key-value-000000000001";

let backend: Awaited<ReturnType<typeof startBackend>>;
beforeAll(async () => {
  backend = await startBackend((req, res) => {
    req.resume();
    if (req.url === "/boom") return res.writeHead(500).end("down");
    // A slow answer puts some requests past the 16 ms and 32 ms buckets.
    setTimeout(() => res.end("ok"), req.url === "/slow" ? 40 : 0);
  });
});
afterAll(() => backend.close());

function configFor() {
  const prod = snapshot("promapi001", "d1", {
    "/m": { GET: mockMethod("mocked") },
    "/fast": { GET: proxyMethod(`${backend.origin}/fast`) },
    "/slow": { GET: proxyMethod(`${backend.origin}/slow`) },
    "/boom": { GET: proxyMethod(`${backend.origin}/boom`) },
    "/k": { GET: keyRequired(mockMethod("keyed")) },
  });
  const cached = snapshot("promapi001", "d2", { "/c": { GET: proxyMethod(`${backend.origin}/fast`) } });
  const config = runtimeConfig("v1", [
    { stageName: "prod", snapshot: prod },
    { stageName: "cached", snapshot: cached },
  ]);
  return withStageSettings(
    withAccess(config, [apiKey("kprom", KEY_VALUE)], [{ id: "pprom", apiStages: [{ apiId: "promapi001", stage: "prod" }], keyIds: ["kprom"] }]),
    { cached: cachedStageSettings() },
  );
}

async function startObserved(options: Partial<GatewayServerOptions> = {}) {
  const logger = new MemoryLogger();
  const plugins = [createAccessPlugin({ logger, accountThrottle: { rateLimit: 10_000, burstLimit: 5_000 } }), createCachePlugin({ logger })];
  const gw = await startGateway(configFor(), { plugins, ...options });
  const admin = createAdminServer({
    token: TOKEN,
    logger,
    routes: adminRoutes({
      host: null,
      ready: () => true,
      testInvoke: { lambda: null, awsService: { credentials: null, endpointOverrides: {} }, accountId: "000000000000" },
      plugins,
      metrics: () => gw.gateway.metrics(),
    }),
  });
  const { port } = await admin.listen(0, "127.0.0.1");
  const adminUrl = `http://127.0.0.1:${port}`;
  const scrape = async () => {
    const res = await call(`${adminUrl}/metrics`);
    expect(res.status).toBe(200);
    return { contentType: res.headers["content-type"], text: res.body, families: parsePrometheusTextFormat(res.body) };
  };
  return { gw, adminUrl, scrape, close: () => Promise.all([gw.close(), admin.close()]) };
}

function series(families: ParsedFamily[], name: string, labels: Record<string, string>): ParsedMetric | undefined {
  const family = families.find((f) => f.name === name);
  return family?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
}

/**
 * One labelled histogram series. parse-prometheus-text-format folds every series of a histogram family into one
 * (it only reads unlabelled _sum/_count), so the series' lines are picked out with their labels and parsed alone.
 */
function histogram(text: string, name: string, labels: Record<string, string>): ParsedMetric | undefined {
  const selector = Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .join(",");
  const lines = text
    .split("\n")
    .filter((line) => line.startsWith(`${name}_`) && line.includes(`{${selector}`))
    .map((line) => line.replace(`${selector},`, "").replace(`{${selector}}`, ""));
  if (lines.length === 0) return undefined;
  return parsePrometheusTextFormat(`# TYPE ${name} histogram\n${lines.join("\n")}\n`)[0]?.metrics[0];
}

const value = (families: ParsedFamily[], name: string, labels: Record<string, string>) => Number(series(families, name, labels)?.value ?? NaN);

function routeLabels(stage: string, resource: string) {
  return { rest_api_id: "promapi001", stage, resource, method: "GET", canary: "false" };
}

/** What the histogram must say for these latencies: cumulative counts per power-of-two bound, +Inf, sum. */
function expectedHistogram(latencies: number[]) {
  const buckets: Record<string, string> = {};
  for (const le of POWER_OF_TWO_BOUNDS_MS) buckets[String(le)] = String(latencies.filter((ms) => ms <= le).length);
  buckets["+Inf"] = String(latencies.length);
  return { buckets, count: String(latencies.length), sum: String(latencies.reduce((a, b) => a + b, 0)) };
}

describe("GET /metrics on the admin port", () => {
  it("counts every answered request into the right series, buckets and sums", async () => {
    const rt = await startObserved({ flushIntervalMs: 60_000 });
    try {
      const url = (stage: string, path: string) => rt.gw.url("promapi001", stage, path);
      const plan: [string, string, Record<string, string>?][] = [
        ["prod", "/m"], ["prod", "/m"], ["prod", "/m"], ["prod", "/fast"], ["prod", "/fast"], ["prod", "/slow"], ["prod", "/slow"],
        ["prod", "/boom"], ["prod", "/nope"], ["prod", "/nope"], ["prod", "/k", { "x-api-key": KEY_VALUE }], ["prod", "/k", { "x-api-key": KEY_VALUE }],
        ["prod", "/k"], ["cached", "/c"], ["cached", "/c"],
      ];
      for (const [stage, path, headers] of plan) await call(url(stage, path), { headers });

      const { families, contentType, text } = await rt.scrape();
      expect(contentType).toBe("text/plain; version=0.0.4; charset=utf-8");
      // Independent of the records: what was sent and what each route must answer.
      expect(value(families, "portico_requests_total", routeLabels("prod", "/m"))).toBe(3);
      expect(value(families, "portico_5xx_errors_total", routeLabels("prod", "/boom"))).toBe(1);
      expect(value(families, "portico_4xx_errors_total", routeLabels("prod", ""))).toBe(2);
      expect(value(families, "portico_4xx_errors_total", routeLabels("prod", "/k"))).toBe(1);
      expect(value(families, "portico_4xx_errors_total", routeLabels("prod", "/m"))).toBe(0);
      expect(value(families, "portico_api_key_requests_total", { rest_api_id: "promapi001", stage: "prod", api_key_id: "kprom" })).toBe(2);
      expect(value(families, "portico_cache_misses_total", routeLabels("cached", "/c"))).toBe(1);
      expect(value(families, "portico_cache_hits_total", routeLabels("cached", "/c"))).toBe(1);
      expect(series(families, "portico_cache_hits_total", routeLabels("prod", "/m"))).toBeUndefined();
      expect(histogram(text, "portico_integration_latency_milliseconds", routeLabels("prod", "/m"))).toBeUndefined();
      expect(histogram(text, "portico_latency_milliseconds", routeLabels("prod", "/slow"))?.buckets?.["32"]).toBe("0");

      // Against the runtime's own records: every series' count, 4XX/5XX, buckets and sums.
      await rt.gw.gateway.telemetry.flush();
      expect(await eventually(() => rt.gw.sink.logs.length === plan.length)).toBe(true);
      const groups = new Map<string, RequestLogRecord[]>();
      for (const log of rt.gw.sink.logs) {
        const key = `${log.stageName}|${log.resourcePath ?? ""}`;
        groups.set(key, [...(groups.get(key) ?? []), log]);
      }
      expect(groups.size).toBe(7);
      for (const [key, logs] of groups) {
        const [stage, resource] = key.split("|");
        const labels = routeLabels(stage, resource);
        expect(value(families, "portico_requests_total", labels)).toBe(logs.length);
        expect(value(families, "portico_4xx_errors_total", labels)).toBe(logs.filter((l) => l.status >= 400 && l.status < 500).length);
        expect(value(families, "portico_5xx_errors_total", labels)).toBe(logs.filter((l) => l.status >= 500).length);
        const latency = histogram(text, "portico_latency_milliseconds", labels);
        expect({ buckets: latency?.buckets, count: latency?.count, sum: latency?.sum }).toEqual(expectedHistogram(logs.map((l) => l.latencyMs)));
        const ran = logs.flatMap((l) => (l.integrationLatencyMs !== null && l.integrationLatencyMs >= 0 ? [l.integrationLatencyMs] : []));
        const integration = histogram(text, "portico_integration_latency_milliseconds", labels);
        if (ran.length === 0) expect(integration).toBeUndefined();
        else expect({ buckets: integration?.buckets, count: integration?.count, sum: integration?.sum }).toEqual(expectedHistogram(ran));
      }
      expect(groups.get("prod|/slow")!.every((l) => l.latencyMs >= 40)).toBe(true);
    } finally {
      await rt.close();
    }
  });

  it("is open like the health probes while internal routes still need the token", async () => {
    const rt = await startObserved();
    try {
      const { families } = await rt.scrape();
      expect(families.some((f) => f.name === "portico_runtime_process_cpu_user_seconds_total")).toBe(true);
      expect(value(families, "portico_telemetry_dropped_logs_total", {})).toBe(0);
      const internal = await call(`${rt.adminUrl}/internal/functions/invoke`, { method: "POST", body: "{}" });
      expect(internal.status).toBe(401);
      const withToken = await call(`${rt.adminUrl}/internal/functions/invoke`, { method: "POST", body: "{}", headers: { authorization: `Bearer ${TOKEN}` } });
      expect(withToken.status).toBe(503);
    } finally {
      await rt.close();
    }
  });

  it("counts each request once while the sink refuses batches and then takes them", async () => {
    // Flushes every 20 ms race the scrapes below: whatever the interleaving, no request may count twice.
    const rt = await startObserved({ flushIntervalMs: 20 });
    try {
      const labels = routeLabels("prod", "/m");
      rt.gw.sink.setAvailable(false);
      for (let i = 0; i < 3; i++) await call(rt.gw.url("promapi001", "prod", "/m"));
      expect(await eventually(() => rt.gw.sink.attempts >= 2)).toBe(true);
      expect(value((await rt.scrape()).families, "portico_requests_total", labels)).toBe(3);
      for (let i = 0; i < 2; i++) await call(rt.gw.url("promapi001", "prod", "/m"));
      const attempts = rt.gw.sink.attempts;
      expect(await eventually(() => rt.gw.sink.attempts > attempts)).toBe(true);
      expect(value((await rt.scrape()).families, "portico_requests_total", labels)).toBe(5);
      rt.gw.sink.setAvailable(true);
      expect(await eventually(() => rt.gw.sink.logs.length === 5, 15_000)).toBe(true);
      expect(rt.gw.sink.metrics.reduce((sum, delta) => sum + delta.count, 0)).toBe(5);
      const after = await rt.scrape();
      expect(value(after.families, "portico_requests_total", labels)).toBe(5);
      expect(histogram(after.text, "portico_latency_milliseconds", labels)?.count).toBe("5");
    } finally {
      await rt.close();
    }
  }, 30_000);

  it("reports log records dropped while the sink is down", async () => {
    const rt = await startObserved({ flushIntervalMs: 20, maxBufferedLogs: 2 });
    try {
      rt.gw.sink.setAvailable(false);
      for (let i = 0; i < 5; i++) await call(rt.gw.url("promapi001", "prod", "/m"));
      expect(value((await rt.scrape()).families, "portico_telemetry_dropped_logs_total", {})).toBe(3);
      expect(value((await rt.scrape()).families, "portico_requests_total", routeLabels("prod", "/m"))).toBe(5);
    } finally {
      rt.gw.sink.setAvailable(true);
      await rt.close();
    }
  });
});
