/** Log search, detail and tail behaviour that must hold on every database; run by log-search.test.ts per database. */
import { expect, it } from "vitest";
import type { RequestLogRecord } from "../../domain/runtime-contract";
import { createResource } from "../resources/create-resource";
import { createRestApi } from "../rest-apis/create-rest-api";
import { ingestTelemetry } from "../runtime/ingest-telemetry";
import { listRequestLogs } from "../telemetry/list-request-logs";
import { getRequestLogOrThrow } from "./get-request-log-or-throw";
import { openLogTail, TAIL_RECORDS_PER_SECOND } from "./log-tail";
import { LOG_EPOCH_MS, logRecord } from "./log-test-records";

const at = (i: number) => new Date(LOG_EPOCH_MS + i * 1_000).toISOString();
const ingest = (logs: RequestLogRecord[]) => ingestTelemetry({ runtimeId: "t", logs, metrics: [], droppedLogs: 0 });

/** 40 records in prod, with 4xx and 5xx among them, and neighbours in another stage and another API. */
function prodRecords(apiId: string): RequestLogRecord[] {
  return Array.from({ length: 40 }, (_, i) => {
    if (i % 7 === 3) return logRecord(apiId, "prod", i, { status: 403, errorType: "MISSING_AUTHENTICATION_TOKEN", resourcePath: null, path: `/prod/pet${i}` });
    if (i % 11 === 5) return logRecord(apiId, "prod", i, { status: 504, errorType: "INTEGRATION_TIMEOUT", integrationLatencyMs: -1 });
    if (i % 13 === 6) return logRecord(apiId, "prod", i, { status: 404 });
    return logRecord(apiId, "prod", i);
  });
}

export function logSearchCases(): void {
  let apiId = "";
  let records: RequestLogRecord[] = [];
  /** requestId -> stored id, newest first as the service lists them. */
  const idOf = new Map<string, number>();
  const expected = (keep: (r: RequestLogRecord) => boolean) =>
    records.filter(keep).map((r) => idOf.get(r.requestId)!).sort((a, b) => b - a);
  const ids = async (query: Record<string, string>) => (await listRequestLogs(apiId, "prod", { limit: "200", ...query })).items.map((i) => i.id);

  it("stores a stage's records and lists them newest first, leaving other stages and APIs out", async () => {
    const api = await createRestApi({ name: "log search" });
    const other = await createRestApi({ name: "log search neighbour" });
    apiId = api.id;
    records = prodRecords(apiId);
    await ingest([...records.slice(0, 20), logRecord(apiId, "dev", 100), logRecord(other.id, "prod", 101, { requestId: "req-7" })]);
    await ingest(records.slice(20));
    const page = await listRequestLogs(apiId, "prod", { limit: "200" });
    for (const item of page.items) idOf.set(item.requestId, item.id);
    expect(page.items.map((i) => i.requestId)).toEqual(records.map((r) => r.requestId).reverse());
    expect(page.nextCursor).toBeNull();
    expect(page.items.find((i) => i.requestId === "req-0")).toEqual({
      id: idOf.get("req-0"), requestId: "req-0", extendedRequestId: "ext-0", time: at(0), httpMethod: "GET", path: "/prod/pets/0",
      resourcePath: "/pets/{id}", status: 200, latencyMs: 5, integrationLatencyMs: 3, errorType: null, errorMessage: null, apiKeyId: "k1",
      canary: true, cacheStatus: null, traceId: "0".padStart(32, "0"), sourceIp: "203.0.113.7",
    });
  });

  it("narrows by each filter to exactly the matching records", async () => {
    const cases: [Record<string, string>, (r: RequestLogRecord) => boolean][] = [
      [{ status: "4xx" }, (r) => r.status >= 400 && r.status < 500],
      [{ status: "5XX" }, (r) => r.status >= 500],
      [{ status: "2xx" }, (r) => r.status < 300],
      [{ status: "404" }, (r) => r.status === 404],
      [{ method: "post" }, (r) => r.httpMethod === "POST"],
      [{ resourcePath: "/pets/{id}" }, (r) => r.resourcePath === "/pets/{id}"],
      [{ apiKeyId: "k2" }, (r) => r.apiKeyId === "k2"],
      [{ canary: "true" }, (r) => r.canary === true],
      [{ canary: "false" }, (r) => !r.canary],
      [{ errorType: "INTEGRATION_TIMEOUT" }, (r) => r.errorType === "INTEGRATION_TIMEOUT"],
      [{ status: "4xx", method: "GET", apiKeyId: "k1" }, (r) => r.status >= 400 && r.status < 500 && r.httpMethod === "GET" && r.apiKeyId === "k1"],
    ];
    for (const [query, keep] of cases) {
      const want = expected(keep);
      expect(want.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect(await ids(query), JSON.stringify(query)).toEqual(want);
    }
  });

  it("matches a path prefix, not a substring", async () => {
    expect(await ids({ path: "/prod/pets" })).toEqual(expected((r) => r.path.startsWith("/prod/pets")));
    expect(await ids({ path: "/prod/pets/1" })).toEqual(expected((r) => r.path.startsWith("/prod/pets/1")));
    expect(await ids({ path: "/prod/pet" })).toEqual(expected((r) => r.path.startsWith("/prod/pet")));
    expect(await ids({ path: "/pets" })).toEqual([]);
  });

  it("pages with a cursor: pages are disjoint and together give every match once", async () => {
    const queries: Record<string, string>[] = [{}, { method: "GET" }, { status: "2xx", canary: "false" }, { from: at(4), to: at(33) }];
    for (const query of queries) {
      const seen: number[] = [];
      let before: number | null | undefined;
      do {
        const page = await listRequestLogs(apiId, "prod", { ...query, limit: "7", ...(before ? { before: String(before) } : {}) });
        expect(page.items.length).toBeLessThanOrEqual(7);
        seen.push(...page.items.map((i) => i.id));
        before = page.nextCursor;
      } while (before);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(await ids(query));
    }
  });

  it("keeps a time range, both ends included, given as ISO or as epoch milliseconds", async () => {
    expect(await ids({ from: at(10), to: at(14) })).toEqual(expected((r) => r.time >= at(10) && r.time <= at(14)));
    expect(await ids({ from: String(LOG_EPOCH_MS + 10_000), to: String(LOG_EPOCH_MS + 14_000) })).toHaveLength(5);
    expect(await ids({ from: at(35) })).toEqual(expected((r) => r.time >= at(35)));
    expect(await ids({ to: at(2) })).toEqual(expected((r) => r.time <= at(2)));
    expect(await ids({ from: at(10), to: at(14), method: "GET" })).toEqual(expected((r) => r.time >= at(10) && r.time <= at(14) && r.httpMethod === "GET"));
    expect(await ids({ from: at(500) })).toEqual([]);
  });

  it("finds a record that was stored late, after newer ones, by its time", async () => {
    // A runtime that retried its batch: the record arrived at second 12.5 but got a larger id than second 39's.
    await ingest([logRecord(apiId, "prod", 12, { requestId: "late", time: new Date(LOG_EPOCH_MS + 12_500).toISOString() })]);
    const found = await listRequestLogs(apiId, "prod", { from: at(12), to: at(13) });
    expect(found.items.map((i) => i.requestId)).toEqual(["late", "req-13", "req-12"]);
    idOf.set("late", found.items[0].id);
    records.push(logRecord(apiId, "prod", 12, { requestId: "late", time: new Date(LOG_EPOCH_MS + 12_500).toISOString() }));
  });

  it("looks a request up by request id, extended request id or trace id, in this stage only", async () => {
    expect(await ids({ requestId: "req-7" })).toEqual([idOf.get("req-7")]);
    expect(await ids({ requestId: "ext-7" })).toEqual([idOf.get("req-7")]);
    expect(await ids({ requestId: "7".padStart(32, "0") })).toEqual([idOf.get("req-7")]);
    expect(await ids({ requestId: "req-7", method: "GET" })).toEqual([]);
    expect(await ids({ requestId: "req-100" })).toEqual([]);
    expect(await ids({ requestId: "nothing" })).toEqual([]);
  });

  it("refuses bad filters with a message for people, and an unknown API with 404", async () => {
    await expect(listRequestLogs(apiId, "prod", { status: "4x" })).rejects.toThrow("status: use a class (2xx, 3xx, 4xx, 5xx)");
    await expect(listRequestLogs(apiId, "prod", { limit: "201" })).rejects.toThrow("limit: use a whole number from 1 to 200");
    await expect(listRequestLogs(apiId, "prod", { from: at(5), to: at(4) })).rejects.toThrow("from: must not be later than to");
    await expect(listRequestLogs(apiId, "prod", { from: "last tuesday" })).rejects.toThrow("from: use an ISO-8601 time");
    await expect(listRequestLogs("nope", "prod", {})).rejects.toMatchObject({ code: "NotFoundException" });
  });

  it("reads one request with its timeline, route facts, log lines and an explanation with a link", async () => {
    const api = await createRestApi({ name: "explained" });
    const resource = await createResource(api.id, { parentId: api.rootResourceId, pathPart: "pets" });
    await ingest([
      logRecord(api.id, "prod", 1, {
        requestId: "explain-me", httpMethod: "GET", path: "/prod/pets", resourcePath: null, status: 403, errorType: "MISSING_AUTHENTICATION_TOKEN",
        errorMessage: "Missing Authentication Token", route: { stageFound: true, resourcePath: "/pets", resourceMethods: ["POST"], httpMethod: null },
        timeline: [{ step: "route", startMs: 0, durationMs: 0.1, outcome: "stopped", detail: "no GET on /pets" }],
        executionLog: ["line one", "line two"], accessLog: "203.0.113.7 GET 403",
      }),
    ]);
    const [row] = (await listRequestLogs(api.id, "prod", {})).items;
    const detail = await getRequestLogOrThrow(api.id, "prod", String(row.id));
    expect(detail).toMatchObject({
      id: row.id, requestId: "explain-me", userAgent: "curl/8", protocol: "HTTP/1.1", responseLength: 12, errorMessage: "Missing Authentication Token",
      timeline: [{ step: "route", outcome: "stopped", detail: "no GET on /pets" }],
      route: { stageFound: true, resourcePath: "/pets", resourceMethods: ["POST"], httpMethod: null },
      executionLog: ["line one", "line two"], accessLog: "203.0.113.7 GET 403",
    });
    expect(detail.explanation?.text).toContain("No method GET on /pets in stage prod; the resource has POST only");
    expect(detail.explanation?.fix?.href).toBe(`/apis/${api.id}?resource=${resource.id}`);
    const plain = await getRequestLogOrThrow(apiId, "prod", String(idOf.get("req-0")));
    expect([plain.timeline, plain.route, plain.executionLog, plain.accessLog, plain.explanation]).toEqual([[], null, [], null, null]);
  });

  it("answers 404 for a log of another stage, a missing id or a malformed one", async () => {
    const id = String(idOf.get("req-0"));
    for (const [stage, logId] of [["dev", id], ["prod", "999999999"], ["prod", "abc"]]) {
      await expect(getRequestLogOrThrow(apiId, stage, logId)).rejects.toMatchObject({ code: "NotFoundException" });
    }
  });

  it("tails only what arrives after it opened, at most the rate bound per second, counting the rest", async () => {
    const tail = await openLogTail(apiId, "prod", { method: "GET" });
    expect(await tail.poll(0)).toEqual([]);
    const flood = Array.from({ length: 60 }, (_, i) => logRecord(apiId, "prod", 200 + i, { requestId: `flood-${i}` }));
    await ingest(flood);
    const [logs, skipped] = await tail.poll(10_000);
    const sent = logs.event === "logs" ? logs.data.records : [];
    // 30 of the 60 are GETs: the newest 20 go out oldest first, 10 are counted as skipped.
    expect(sent.map((r) => r.requestId)).toEqual(flood.filter((r) => r.httpMethod === "GET").slice(-TAIL_RECORDS_PER_SECOND).map((r) => r.requestId));
    expect(skipped).toEqual({ event: "skipped", data: { count: 10 } });
    expect(logs).toMatchObject({ id: sent.at(-1)?.id });
    await ingest([logRecord(apiId, "prod", 300, { requestId: "after-flood" })]);
    expect(await tail.poll(10_500)).toEqual([]); // the second's budget is spent
    const [next] = await tail.poll(11_001);
    expect(next.event === "logs" && next.data.records.map((r) => r.requestId)).toEqual(["after-flood"]);
    // A reconnecting EventSource sends Last-Event-ID: the tail resumes after it rather than after the newest row.
    const resumed = await openLogTail(apiId, "prod", { requestId: "req-39" }, String(idOf.get("req-38")));
    const [again] = await resumed.poll(0);
    expect(again.event === "logs" && again.data.records.map((r) => r.requestId)).toEqual(["req-39"]);
  });
}
