"use client";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { LogStreamStatus } from "@/lib/query/use-log-stream";

const STATUS_TEXT: Record<LogStreamStatus, string> = {
  off: "off",
  connecting: "connecting…",
  live: "live",
  reconnecting: "reconnecting…",
};

export interface LogsLiveTailProps {
  live: boolean;
  /** Why the tail cannot run (a range that ends in the past), or null. */
  unavailable: string | null;
  paused: boolean;
  status: LogStreamStatus;
  newCount: number;
  skipped: number;
  onLiveChange: (live: boolean) => void;
  onPausedChange: (paused: boolean) => void;
}

/** The live tail's switch, Pause/Resume, how many rows wait or were dropped, and the connection's state. */
export function LogsLiveTail({ live, unavailable, paused, status, newCount, skipped, onLiveChange, onPausedChange }: LogsLiveTailProps) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs" data-testid="live-tail">
      <label className={cn("flex items-center gap-1.5 font-medium text-zinc-700", unavailable && "text-zinc-400")} title={unavailable ?? undefined}>
        <input
          type="checkbox"
          role="switch"
          className="size-3.5 accent-accent-600"
          checked={live && !unavailable}
          disabled={Boolean(unavailable)}
          onChange={(event) => onLiveChange(event.target.checked)}
        />
        Live tail
      </label>
      {live && !unavailable && (
        <>
          <span className="flex items-center gap-1.5 text-zinc-500" role="status" data-testid="log-stream-status">
            <span
              aria-hidden
              className={cn("size-2 rounded-full", status === "live" ? (paused ? "bg-amber-400" : "bg-emerald-500") : "bg-zinc-300", status === "reconnecting" && "animate-pulse")}
            />
            {paused && status === "live" ? "paused" : STATUS_TEXT[status]}
          </span>
          {paused && newCount > 0 && (
            <Button variant="secondary" size="sm" onClick={() => onPausedChange(false)} data-testid="live-new-count">
              {newCount} new
            </Button>
          )}
          <Button variant="secondary" size="sm" onClick={() => onPausedChange(!paused)}>
            {paused ? "Resume" : "Pause"}
          </Button>
          {skipped > 0 && (
            <span className="text-amber-800" title="The server sends at most 20 rows a second to a live tail; narrow the filters or load the rows with Refresh." data-testid="live-skipped">
              {skipped} skipped (rate limit)
            </span>
          )}
        </>
      )}
    </div>
  );
}
