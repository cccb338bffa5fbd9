"use client";

import { useEffect, useReducer, useRef, useState } from "react";
import type { RequestLogSummaryJson } from "./logs";
import { consoleApi } from "./urls";

export type LogStreamStatus = "off" | "connecting" | "live" | "reconnecting";

/** Rows a live tail keeps (shown, and waiting while paused); older ones are read with "Load older" instead. */
export const MAX_LIVE_ROWS = 500;
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 15_000];

export interface LogStreamState {
  /** The stream these rows belong to (API, stage and filters); rows of an older stream are never shown. */
  key: string | null;
  status: LogStreamStatus;
  /** Shown rows, newest first. */
  records: RequestLogSummaryJson[];
  /** Rows that arrived while paused, newest first; shown on resume. */
  pending: RequestLogSummaryJson[];
  /** How many rows arrived while paused (may exceed `pending.length` once the bound dropped some). */
  newCount: number;
  /** Rows the server dropped under its rate bound, since the tail started. */
  skipped: number;
}

type StreamEvent =
  | { type: "status"; status: LogStreamStatus }
  | { type: "records"; records: RequestLogSummaryJson[]; paused: boolean }
  | { type: "skipped"; count: number };

/** Every action names its stream: the first one of a new stream starts from empty, so changing filters resets. */
export type LogStreamAction = (StreamEvent & { key: string }) | { type: "closed"; key: string } | { type: "resume" };

export function emptyStream(key: string | null): LogStreamState {
  return { key, status: key === null ? "off" : "connecting", records: [], pending: [], newCount: 0, skipped: 0 };
}

/** Newest first, one row per id, at most `max`: EventSource may resend rows after a reconnect. */
export function mergeNewest(current: RequestLogSummaryJson[], incoming: RequestLogSummaryJson[], max = MAX_LIVE_ROWS): RequestLogSummaryJson[] {
  const byId = new Map(current.map((record) => [record.id, record]));
  for (const record of incoming) byId.set(record.id, record);
  return [...byId.values()].sort((a, b) => b.id - a.id).slice(0, max);
}

export function logStreamReducer(previous: LogStreamState, action: LogStreamAction): LogStreamState {
  if (action.type === "resume") {
    if (previous.pending.length === 0 && previous.newCount === 0) return previous;
    return { ...previous, records: mergeNewest(previous.records, previous.pending), pending: [], newCount: 0 };
  }
  // A closed stream forgets its rows, so turning the tail on again starts clean (and says "connecting").
  if (action.type === "closed") return action.key === previous.key ? emptyStream(null) : previous;
  const state = action.key === previous.key ? previous : emptyStream(action.key);
  switch (action.type) {
    case "status":
      return state.status === action.status ? state : { ...state, status: action.status };
    case "skipped":
      return { ...state, skipped: state.skipped + action.count };
    case "records": {
      if (action.records.length === 0) return state;
      if (!action.paused) return { ...state, records: mergeNewest(state.records, action.records) };
      const known = new Set([...state.records, ...state.pending].map((record) => record.id));
      const fresh = action.records.filter((record) => !known.has(record.id));
      if (fresh.length === 0) return state;
      return { ...state, pending: mergeNewest(state.pending, fresh), newCount: state.newCount + fresh.length };
    }
  }
}

function readJson<T>(event: MessageEvent<string>): T | null {
  try {
    return JSON.parse(event.data) as T;
  } catch {
    return null;
  }
}

/**
 * Follows a stage's request logs over server-sent events (`logs` with { records }, `skipped` with { count }).
 * `query` holds the stream's filters as a query string; null keeps the tail off. While paused, new rows are
 * counted and held, and shown on resume. EventSource retries a dropped connection itself; when the server
 * refuses the stream (it closes for good), a new one is opened after a growing delay. `onFreshStart` runs when
 * a new connection (not a resumed one) opens.
 */
export function useLogStream(apiId: string, stageName: string, query: string | null, onFreshStart?: () => void) {
  const key = query === null ? null : `${apiId}/${stageName}?${query}`;
  const [stored, dispatch] = useReducer(logStreamReducer, key, emptyStream);
  const [paused, setPaused] = useState(false);
  // Read by the event listeners, which live as long as the connection, not one render.
  const pausedRef = useRef(false);
  const freshStartRef = useRef(onFreshStart);
  useEffect(() => {
    freshStartRef.current = onFreshStart;
  }, [onFreshStart]);

  useEffect(() => {
    if (key === null || query === null) return;
    let source: EventSource | null = null;
    let retryTimer: number | undefined;
    let failures = 0;
    const url = query ? `${consoleApi.stageLogStream(apiId, stageName)}?${query}` : consoleApi.stageLogStream(apiId, stageName);
    const status = (value: LogStreamStatus) => dispatch({ type: "status", status: value, key });

    const open = () => {
      const current = new EventSource(url);
      source = current;
      let resumed = false;
      current.onopen = () => {
        failures = 0;
        status("live");
        // A new EventSource starts after the newest stored row, so rows stored since the caller's last read would
        // fall between the two: the caller reads again. EventSource's own reconnects resume (Last-Event-ID).
        if (!resumed) freshStartRef.current?.();
        resumed = true;
      };
      current.onerror = () => {
        status("reconnecting");
        if (current.readyState === EventSource.CONNECTING) return;
        // Closed for good (an error answer instead of a stream): try again later, less often each time.
        current.close();
        retryTimer = window.setTimeout(open, RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]);
        failures += 1;
      };
      current.addEventListener("logs", (event: MessageEvent<string>) => {
        const data = readJson<{ records?: RequestLogSummaryJson[] }>(event);
        status("live");
        if (data?.records) dispatch({ type: "records", records: data.records, paused: pausedRef.current, key });
      });
      current.addEventListener("skipped", (event: MessageEvent<string>) => {
        const data = readJson<{ count?: number }>(event);
        if (data && typeof data.count === "number" && data.count > 0) dispatch({ type: "skipped", count: data.count, key });
      });
    };

    open();
    return () => {
      window.clearTimeout(retryTimer);
      source?.close();
      dispatch({ type: "closed", key });
    };
  }, [apiId, stageName, query, key]);

  const state = stored.key === key ? stored : emptyStream(key);
  return {
    ...state,
    paused,
    pause: () => {
      pausedRef.current = true;
      setPaused(true);
    },
    resume: () => {
      pausedRef.current = false;
      setPaused(false);
      dispatch({ type: "resume" });
    },
  };
}
