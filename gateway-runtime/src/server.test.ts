import { describe, expect, it } from "vitest";
import { request } from "undici";
import { mockMethod, proxyMethod, runtimeConfig, snapshot } from "./test-support/snapshots";
import { call, eventually, sleep, startBackend, startGateway } from "./test-support/servers";

describe("gateway server lifecycle", () => {
  it("answers Missing Authentication Token until the first config arrives, then serves it", async () => {
    const gw = await startGateway(null);
    try {
      gw.source.setAvailable(false);
      expect((await call(gw.url("lifecycle1", "prod", "/x"))).status).toBe(403);
      gw.source.set(runtimeConfig("v1", [{ stageName: "prod", snapshot: snapshot("lifecycle1", "d1", { "/x": { GET: mockMethod("up") } }) }]));
      gw.source.setAvailable(true);
      expect(await eventually(async () => (await call(gw.url("lifecycle1", "prod", "/x"))).body === "up")).toBe(true);
      expect(gw.gateway.activeVersion()).toBe("v1");
    } finally {
      await gw.close();
    }
  });

  it("closes gracefully: finishes in-flight requests, refuses new ones, flushes telemetry", async () => {
    const backend = await startBackend((req, res) => {
      req.resume();
      setTimeout(() => res.end("finished"), 300);
    });
    const api = snapshot("lifecycle2", "d1", { "/slow": { GET: proxyMethod(`${backend.origin}/slow`) } });
    const gw = await startGateway(runtimeConfig("v1", [{ stageName: "prod", snapshot: api }]), { flushIntervalMs: 60_000 });
    const inFlight = call(gw.url("lifecycle2", "prod", "/slow"));
    await sleep(50);
    const closed = gw.close();
    await sleep(20);
    await expect(request(gw.url("lifecycle2", "prod", "/slow"))).rejects.toThrow();
    const res = await inFlight;
    expect([res.status, res.body]).toEqual([200, "finished"]);
    await closed;
    // The interval was a minute away: only the shutdown flush can have delivered this record.
    expect(gw.sink.logs.map((log) => log.requestId)).toContain(res.headers["x-amzn-requestid"]);
    await backend.close();
  });
});
