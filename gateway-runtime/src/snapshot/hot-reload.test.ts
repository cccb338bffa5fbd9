import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "undici";
import { mockMethod, proxyMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { call, sleep, startBackend, startGateway } from "../test-support/servers";

const API = "reloadapi1";
const deployment = (id: string, body: string) => snapshot(API, id, { "/who": { GET: mockMethod(body) } });
const depA = deployment("depA", "A");
const depB = deployment("depB", "B");

let backend: Awaited<ReturnType<typeof startBackend>>;
let gw: Awaited<ReturnType<typeof startGateway>>;
let version = 0;
const publish = (...stages: Parameters<typeof runtimeConfig>[1]) => gw.source.set(runtimeConfig(`v${++version}`, stages));

/**
 * Milliseconds from now until a fresh request *sent* at that time is answered `expected`, or Infinity after 3 s.
 * Timing the send, not the answer, keeps the probe's own latency (large on a loaded machine) out of the figure.
 */
async function timeUntil(path: string, expected: string | number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < 3_000) {
    const sentAt = performance.now();
    const res = await call(gw.url(API, "prod", path));
    if ((res.status === 200 ? res.body : res.status) === expected) return sentAt - started;
    await sleep(10);
  }
  return Infinity;
}

beforeAll(async () => {
  backend = await startBackend((req, res) => {
    req.resume();
    const delay = req.url!.includes("slow") ? 400 : 0;
    setTimeout(() => res.end(req.url), delay);
  });
  // The production poll interval: changes must show within 1 s with it.
  gw = await startGateway(runtimeConfig("v0", [{ stageName: "prod", snapshot: depA }]), { pollIntervalMs: 250 });
});
afterAll(async () => {
  await gw.close();
  await backend.close();
});

describe("hot reload", () => {
  it("switches deployments under load with no failed request, each change live within 1 s", async () => {
    const clients = Array.from({ length: 20 }, () => new Client(gw.origin, { pipelining: 1 }));
    const path = `/restapis/${API}/prod/_user_request_/who`;
    const tally = { A: 0, B: 0, other: [] as string[] };
    let running = true;
    const hammer = clients.map(async (client) => {
      while (running) {
        try {
          const res = await client.request({ path, method: "GET" });
          const body = await res.body.text();
          if (res.statusCode === 200 && (body === "A" || body === "B")) tally[body]++;
          else tally.other.push(`${res.statusCode} ${body}`);
        } catch (error) {
          tally.other.push(String(error));
        }
      }
    });
    const delays: number[] = [];
    // About 2 s of load across six deployment switches.
    for (const [snap, expected] of [[depB, "B"], [depA, "A"], [depB, "B"], [depA, "A"], [depB, "B"], [depA, "A"]] as const) {
      publish({ stageName: "prod", snapshot: snap });
      delays.push(await timeUntil("/who", expected));
      await sleep(150);
    }
    running = false;
    await Promise.all(hammer);
    await Promise.all(clients.map((client) => client.close()));

    expect(tally.other).toEqual([]);
    expect(tally.A).toBeGreaterThan(100);
    expect(tally.B).toBeGreaterThan(100);
    for (const delay of delays) expect(delay).toBeLessThan(1_000);
  });

  it("lets an in-flight request finish on the config it started with", async () => {
    const proxied = snapshot(API, "depSlow", { "/slow": { GET: proxyMethod(`${backend.origin}/slow`) } });
    publish({ stageName: "prod", snapshot: proxied });
    expect(await timeUntil("/slow", "/slow")).toBeLessThan(1_000);
    const inFlight = call(gw.url(API, "prod", "/slow"));
    await sleep(50);
    publish({ stageName: "prod", snapshot: depA });
    expect(await timeUntil("/slow", 403)).toBeLessThan(1_000);
    const res = await inFlight;
    expect([res.status, res.body]).toEqual([200, "/slow"]);
  });

  it("applies a changed stage variable and a deleted stage within 1 s", async () => {
    const byVariable = snapshot(API, "depVar", { "/tag": { GET: proxyMethod(`${backend.origin}/\${stageVariables.tag}`) } });
    publish({ stageName: "prod", snapshot: byVariable, variables: { tag: "one" } });
    expect(await timeUntil("/tag", "/one")).toBeLessThan(1_000);
    publish({ stageName: "prod", snapshot: byVariable, variables: { tag: "two" } });
    expect(await timeUntil("/tag", "/two")).toBeLessThan(1_000);
    gw.source.set({ version: `v${++version}`, stages: [], snapshots: {} });
    expect(await timeUntil("/tag", 403)).toBeLessThan(1_000);
  });

  it("keeps the last good config when a snapshot's formatVersion is unknown", async () => {
    publish({ stageName: "prod", snapshot: depB });
    expect(await timeUntil("/who", "B")).toBeLessThan(1_000);
    const future = { ...depA, formatVersion: 2 } as unknown as typeof depA;
    publish({ stageName: "prod", snapshot: future });
    await gw.gateway.reload();
    const res = await call(gw.url(API, "prod", "/who"));
    expect([res.status, res.body]).toEqual([200, "B"]);
    expect(gw.logger.lines.some((line) => line.level === "error" && line.message.startsWith("refused runtime config"))).toBe(true);
  });
});
