import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { RequestStep } from "@/lib/domain/runtime-contract";
import { formatAxisMs, formatShortMs, timelineScale } from "./request-timeline-scale";

type Outcome = RequestStep["outcome"];

const BAR: Record<Outcome, string> = {
  ok: "bg-emerald-500",
  stopped: "bg-amber-500",
  error: "bg-red-500",
  hit: "bg-accent-500",
  miss: "bg-zinc-400",
};
const TONE: Record<Outcome, "green" | "amber" | "red" | "accent" | "neutral"> = {
  ok: "green",
  stopped: "amber",
  error: "red",
  hit: "accent",
  miss: "neutral",
};

const ROW = "grid grid-cols-[11rem_minmax(0,1fr)_9rem] items-center gap-3";

/**
 * The request's steps as bars on one time axis (0 = arrival). Each bar's outcome is also written out beside it,
 * so the colour is never the only signal.
 */
export function RequestTimelineBars({ steps, latencyMs }: { steps: RequestStep[]; latencyMs: number }) {
  if (steps.length === 0) return <p className="text-zinc-500">No steps were recorded for this request.</p>;
  const { totalMs, bars, ticks } = timelineScale(steps, latencyMs);
  return (
    <div className="flex flex-col gap-1.5 text-xs" data-testid="request-timeline">
      <div className={ROW} aria-hidden>
        <span />
        <div className="relative h-4 border-b border-zinc-200 text-[10px] text-zinc-400">
          {ticks.map((tick, index) => (
            <span
              key={index}
              className={cn("absolute top-0", index === 0 ? "left-0" : index === ticks.length - 1 ? "right-0" : "-translate-x-1/2")}
              style={index > 0 && index < ticks.length - 1 ? { left: `${(tick / totalMs) * 100}%` } : undefined}
            >
              {formatAxisMs(tick, totalMs)}
            </span>
          ))}
        </div>
        <span />
      </div>
      <ol aria-label="Request steps" className="flex flex-col gap-1.5">
        {bars.map((bar, index) => (
          <li key={`${bar.step}-${index}`} className={ROW} data-testid={`timeline-step-${bar.step}`} data-outcome={bar.outcome}>
            <div className="min-w-0">
              <div className="font-medium text-zinc-800">
                {bar.label}
                <span className="sr-only">, starts at {formatShortMs(bar.startMs)}</span>
              </div>
              {bar.detail && (
                <div className="line-clamp-2 font-mono text-[11px] break-words text-zinc-500" title={bar.detail}>
                  {bar.detail}
                </div>
              )}
            </div>
            <div className="relative h-3 rounded-sm bg-zinc-100" aria-hidden>
              <div className={cn("absolute inset-y-0 rounded-sm", BAR[bar.outcome])} style={{ left: `${bar.leftPct}%`, width: `${bar.widthPct}%` }} />
            </div>
            <div className="flex items-center justify-end gap-2 whitespace-nowrap">
              <span className="font-mono text-zinc-600" title={`started at ${formatShortMs(bar.startMs)}`}>{formatShortMs(bar.durationMs)}</span>
              <Badge tone={TONE[bar.outcome]}>{bar.outcomeLabel}</Badge>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
