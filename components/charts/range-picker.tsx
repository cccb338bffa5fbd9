"use client";

import { cn } from "@/components/ui/cn";
import { formatTime } from "@/components/ui/format";
import { Spinner } from "@/components/ui/spinner";
import { useHydrated } from "@/components/ui/use-hydrated";
import { METRIC_RANGES, METRICS_REFRESH_MS } from "@/lib/query/metric-ranges";
import { resolutionLabel } from "./metric-format";
import type { DashboardControls } from "./use-dashboard-controls";

export interface RangePickerProps {
  controls: DashboardControls;
  /** From the last answer: shown as "1-minute points" or "1-hour points". */
  resolutionSeconds?: number;
  /** When the shown data was read (TanStack's dataUpdatedAt), 0 before the first answer. */
  updatedAt: number;
  fetching: boolean;
}

/** Time range (15 min to 30 days), auto-refresh, the data's resolution and age. */
export function RangePicker({ controls, resolutionSeconds, updatedAt, fetching }: RangePickerProps) {
  // Server-rendered pages show the picker before React listens: a click then would be lost, so wait (as Button does).
  const hydrated = useHydrated();
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <div role="group" aria-label="Time range" className="inline-flex overflow-hidden rounded-md border border-zinc-300 bg-white text-xs">
        {METRIC_RANGES.map((range) => (
          <button
            key={range.id}
            type="button"
            aria-pressed={controls.range === range.id}
            disabled={!hydrated}
            onClick={() => controls.setRange(range.id)}
            className={cn(
              "border-l border-zinc-200 px-2.5 py-1.5 font-medium first:border-l-0",
              controls.range === range.id ? "bg-accent-600 text-white" : "text-zinc-600 hover:bg-zinc-50",
            )}
          >
            {range.label}
          </button>
        ))}
      </div>
      <label className="flex items-center gap-1.5 text-xs text-zinc-700" title="Pauses while this tab is hidden">
        <input type="checkbox" disabled={!hydrated} checked={controls.autoRefresh} onChange={(event) => controls.setAutoRefresh(event.target.checked)} className="accent-accent-600" />
        Auto-refresh every {METRICS_REFRESH_MS / 1000} s
      </label>
      <span className="flex items-center gap-1.5 text-xs text-zinc-500" data-testid="metrics-resolution">
        {resolutionSeconds !== undefined && resolutionLabel(resolutionSeconds)}
        {updatedAt > 0 && <span>· updated {formatTime(new Date(updatedAt).toISOString())}</span>}
        {fetching && <Spinner className="size-3" />}
      </span>
    </div>
  );
}
