/**
 * The request-log console routes on a migrated database, called as Next.js calls them (request + params); only
 * the session is faked. The live tail is read from the route's own event stream while records are ingested.
 */
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRestApi } from "@/lib/services/rest-apis/create-rest-api";
import { ingestTelemetry } from "@/lib/services/runtime/ingest-telemetry";
import { LogTail } from "@/lib/services/logs/log-tail";
import { logRecord } from "@/lib/services/logs/log-test-records";
import type { RequestLogRecord } from "@/lib/domain/runtime-contract";
import { useTestDatabase } from "@/lib/services/testing/test-database";
import { readEvents, type SseEvent } from "./sse-test-reader";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/session", () => ({ requireApiUser: async () => ({ id: "u1", email: "admin@example.com", role: "admin" }) }));

const list = await import("./route");
const detail = await import("./[logId]/route");
const stream = await import("./stream/route");

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

function call<P>(handler: Handler<P>, params: P, query = "", init: { signal?: AbortSignal; headers?: Record<string, string> } = {}) {
  return handler(new NextRequest(`http://console.test/api/console/logs${query}`, init), { params: Promise.resolve(params) });
}
const ingest = (logs: RequestLogRecord[]) => ingestTelemetry({ runtimeId: "t", logs, metrics: [], droppedLogs: 0 });
const recordsOf = (events: SseEvent[]) => events.filter((e) => e.event === "logs").flatMap((e) => (e.data as { records: { requestId: string }[] }).records);

function routesSuite(kind: "sqlite" | "postgres") {
  let cleanup: (() => Promise<void>) | undefined;
  let apiId = "";
  const params = () => ({ apiId, stageName: "prod" });

  beforeAll(async () => {
    ({ cleanup } = await useTestDatabase(kind));
    apiId = (await createRestApi({ name: "log routes" })).id;
    await ingest(Array.from({ length: 5 }, (_, i) => logRecord(apiId, "prod", i, i === 4 ? { status: 504, errorType: "INTEGRATION_TIMEOUT" } : {})));
  }, 60_000);
  afterAll(() => cleanup?.());

  it("lists a page newest first with a cursor, and answers bad filters with 400 and a readable message", async () => {
    const first = await call(list.GET, params(), "?limit=3");
    expect(first.status).toBe(200);
    const page = (await first.json()) as { items: { requestId: string; id: number }[]; nextCursor: number };
    expect(page.items.map((i) => i.requestId)).toEqual(["req-4", "req-3", "req-2"]);
    expect(page.nextCursor).toBe(page.items[2].id);
    const rest = (await (await call(list.GET, params(), `?limit=3&before=${page.nextCursor}`)).json()) as { items: { requestId: string }[]; nextCursor: null };
    expect([rest.items.map((i) => i.requestId), rest.nextCursor]).toEqual([["req-1", "req-0"], null]);
    const bad = await call(list.GET, params(), "?status=9xx&canary=maybe");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: { code: "BadRequestException", message: "status: use a class (2xx, 3xx, 4xx, 5xx) or a three-digit code such as 404; canary: use true or false" },
    });
    expect((await call(list.GET, { apiId: "nope", stageName: "prod" })).status).toBe(404);
  });

  it("returns one request with its explanation, and 404 outside the stage", async () => {
    const [timeout] = ((await (await call(list.GET, params(), "?status=5xx")).json()) as { items: { id: number }[] }).items;
    const got = await call(detail.GET, { ...params(), logId: String(timeout.id) });
    expect(got.status).toBe(200);
    expect(await got.json()).toMatchObject({ id: timeout.id, errorType: "INTEGRATION_TIMEOUT", timeline: [], explanation: { title: "Integration timed out" } });
    expect((await call(detail.GET, { apiId, stageName: "dev", logId: String(timeout.id) })).status).toBe(404);
  });

  it("streams a record ingested after connecting within 2 s, then stops when the client goes", async () => {
    const abort = new AbortController();
    const response = await call(stream.GET, params(), "?method=GET", { signal: abort.signal });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const events = readEvents(response);
    const [opening] = await events.next(1, 2_000);
    expect(opening).toMatchObject({ event: "logs", data: { records: [] } });
    const started = Date.now();
    await ingest([logRecord(apiId, "prod", 10, { requestId: "live-get" }), logRecord(apiId, "prod", 11, { requestId: "live-post" })]);
    const got = await events.until((all) => recordsOf(all).length > 0, 2_000);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(recordsOf(got).map((r) => r.requestId)).toEqual(["live-get"]);
    expect(Number(got.at(-1)?.id)).toBeGreaterThan(Number(opening.id));
    const polls = vi.spyOn(LogTail.prototype, "poll");
    abort.abort();
    await expect(events.closed(2_000)).resolves.toBe(true);
    const pollsAtClose = polls.mock.calls.length;
    // Two poll intervals later the loop has not read the database again.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(polls.mock.calls.length).toBe(pollsAtClose);
    polls.mockRestore();
  });

  it("sends at most 20 records a second and counts the rest in a skipped event", async () => {
    const abort = new AbortController();
    const events = readEvents(await call(stream.GET, params(), "", { signal: abort.signal }));
    await events.next(1, 2_000);
    await ingest(Array.from({ length: 50 }, (_, i) => logRecord(apiId, "prod", 100 + i, { requestId: `burst-${i}` })));
    const got = await events.until((all) => all.some((e) => e.event === "skipped"), 3_000);
    expect(recordsOf(got).map((r) => r.requestId)).toEqual(Array.from({ length: 20 }, (_, i) => `burst-${30 + i}`));
    expect(got.find((e) => e.event === "skipped")?.data).toEqual({ count: 30 });
    abort.abort();
  });

  it("resumes after Last-Event-ID, and refuses bad filters before streaming", async () => {
    const [oldest] = ((await (await call(list.GET, params(), "?requestId=req-3")).json()) as { items: { id: number }[] }).items;
    const abort = new AbortController();
    const events = readEvents(await call(stream.GET, params(), "?requestId=req-4", { signal: abort.signal, headers: { "last-event-id": String(oldest.id) } }));
    const got = await events.until((all) => recordsOf(all).length > 0, 2_000);
    expect(recordsOf(got).map((r) => r.requestId)).toEqual(["req-4"]);
    abort.abort();
    const bad = await call(stream.GET, params(), "?from=soon");
    expect([bad.status, bad.headers.get("content-type")]).toEqual([400, "application/json"]);
  });
}

describe("request log console routes (SQLite)", () => routesSuite("sqlite"));

describe.skipIf(!process.env.TEST_DATABASE_URL)("request log console routes (PostgreSQL)", () => routesSuite("postgres"));
