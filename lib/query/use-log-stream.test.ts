import { describe, expect, it } from "vitest";
import type { RequestLogSummaryJson } from "./logs";
import { emptyStream, logStreamReducer, MAX_LIVE_ROWS, mergeNewest, type LogStreamAction, type LogStreamState } from "./use-log-stream";

function row(id: number): RequestLogSummaryJson {
  return {
    id,
    requestId: `r${id}`,
    extendedRequestId: `e${id}`,
    time: new Date(1_700_000_000_000 + id).toISOString(),
    httpMethod: "GET",
    path: "/prod/pets",
    resourcePath: "/pets",
    status: 200,
    latencyMs: 1,
    integrationLatencyMs: null,
    errorType: null,
    errorMessage: null,
    apiKeyId: null,
    canary: false,
    cacheStatus: null,
    traceId: null,
    sourceIp: "127.0.0.1",
  };
}

const ids = (rows: RequestLogSummaryJson[]) => rows.map((r) => r.id);
const run = (actions: LogStreamAction[], start: LogStreamState = emptyStream("a")) => actions.reduce(logStreamReducer, start);

describe("live tail rows", () => {
  it("are newest first, one per id, and bounded", () => {
    expect(ids(mergeNewest([row(3), row(1)], [row(2), row(3), row(4)]))).toEqual([4, 3, 2, 1]);
    const many = Array.from({ length: MAX_LIVE_ROWS + 20 }, (_, i) => row(i + 1));
    const kept = mergeNewest([], many);
    expect(kept).toHaveLength(MAX_LIVE_ROWS);
    expect(kept[0].id).toBe(MAX_LIVE_ROWS + 20);
  });

  it("while paused, new rows are counted and held, then shown on resume", () => {
    const paused = run([
      { type: "records", key: "a", records: [row(1)], paused: false },
      { type: "records", key: "a", records: [row(2), row(3)], paused: true },
      // A resend after a reconnect is not new.
      { type: "records", key: "a", records: [row(1), row(3)], paused: true },
    ]);
    expect(ids(paused.records)).toEqual([1]);
    expect(paused.newCount).toBe(2);
    const resumed = logStreamReducer(paused, { type: "resume" });
    expect(ids(resumed.records)).toEqual([3, 2, 1]);
    expect(resumed.newCount).toBe(0);
    expect(resumed.pending).toEqual([]);
  });

  it("skipped counts add up, and the status follows the connection", () => {
    const state = run([
      { type: "status", key: "a", status: "live" },
      { type: "skipped", key: "a", count: 5 },
      { type: "skipped", key: "a", count: 7 },
      { type: "status", key: "a", status: "reconnecting" },
    ]);
    expect(state.skipped).toBe(12);
    expect(state.status).toBe("reconnecting");
  });

  it("new filters start a clean stream, and a closed stream forgets its rows", () => {
    const first = run([{ type: "records", key: "a", records: [row(1)], paused: false }, { type: "skipped", key: "a", count: 3 }]);
    const second = logStreamReducer(first, { type: "records", key: "b", records: [row(9)], paused: false });
    expect(ids(second.records)).toEqual([9]);
    expect(second.skipped).toBe(0);
    // A late close of the old stream leaves the new one alone.
    expect(logStreamReducer(second, { type: "closed", key: "a" })).toBe(second);
    expect(logStreamReducer(second, { type: "closed", key: "b" })).toEqual(emptyStream(null));
    expect(emptyStream(null).status).toBe("off");
  });
});
