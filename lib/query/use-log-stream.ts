"use client";

import { useEffect, useState } from "react";
import type { RequestLogJson } from "./types";
import { consoleApi } from "./urls";

export type LogStreamStatus = "connecting" | "live" | "reconnecting";

const MAX_ROWS = 200;

/**
 * Follows a stage's request logs over server-sent events. Newest first; keeps the latest 200 rows.
 * EventSource reconnects by itself and sends Last-Event-ID; the server restarts from the newest records,
 * so rows are merged by id rather than appended blindly.
 */
export function useLogStream(apiId: string, stageName: string) {
  const [records, setRecords] = useState<RequestLogJson[]>([]);
  const [status, setStatus] = useState<LogStreamStatus>("connecting");

  useEffect(() => {
    const source = new EventSource(consoleApi.stageLogStream(apiId, stageName));
    source.onopen = () => setStatus("live");
    source.onerror = () => setStatus(source.readyState === EventSource.CLOSED ? "reconnecting" : "connecting");
    source.addEventListener("logs", (event: MessageEvent<string>) => {
      const { records: incoming } = JSON.parse(event.data) as { records: RequestLogJson[] };
      setStatus("live");
      if (incoming.length === 0) return;
      setRecords((current) => {
        const byId = new Map(current.map((record) => [record.id, record]));
        for (const record of incoming) byId.set(record.id, record);
        return [...byId.values()].sort((a, b) => b.id - a.id).slice(0, MAX_ROWS);
      });
    });
    return () => source.close();
  }, [apiId, stageName]);

  return { records, status };
}
