import { formatMs } from "@/components/ui/format";
import type { RequestStep, RequestStepName } from "@/lib/domain/runtime-contract";

/** A request's steps laid out on one time axis, from arrival (0 ms) to the slowest of response and last step. */

export const STEP_LABELS: Record<RequestStepName, string> = {
  route: "Route",
  authorize: "Authorizer",
  apiKey: "API key",
  throttle: "Throttle",
  validate: "Validation",
  cache: "Cache",
  transformRequest: "Request mapping",
  integration: "Integration",
  transformResponse: "Response mapping",
};

export const OUTCOME_LABELS: Record<RequestStep["outcome"], string> = {
  ok: "ok",
  stopped: "stopped here",
  error: "error",
  hit: "cache hit",
  miss: "cache miss",
};

export interface TimelineBar extends RequestStep {
  label: string;
  outcomeLabel: string;
  /** Percent of the axis. */
  leftPct: number;
  widthPct: number;
}

export interface TimelineScale {
  totalMs: number;
  bars: TimelineBar[];
  /** Axis marks in ms: 0, a quarter, half, three quarters and the end. */
  ticks: number[];
}

// A step that took no measurable time still gets a sliver, so it can be seen (and clicked through) on the axis.
const MIN_WIDTH_PCT = 0.75;

export function timelineScale(steps: RequestStep[], latencyMs: number): TimelineScale {
  const lastEnd = steps.reduce((end, step) => Math.max(end, step.startMs + Math.max(step.durationMs, 0)), 0);
  const totalMs = Math.max(latencyMs, lastEnd) || 1;
  const bars = [...steps]
    .sort((a, b) => a.startMs - b.startMs)
    .map((step) => {
      const widthPct = Math.max((Math.max(step.durationMs, 0) / totalMs) * 100, MIN_WIDTH_PCT);
      const leftPct = Math.min(Math.max((step.startMs / totalMs) * 100, 0), 100 - widthPct);
      return { ...step, label: STEP_LABELS[step.step] ?? step.step, outcomeLabel: OUTCOME_LABELS[step.outcome] ?? step.outcome, leftPct, widthPct };
    });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => share * totalMs);
  return { totalMs, bars, ticks };
}

/** Like formatMs, but a time below the shown precision reads "< 0.1 ms" rather than a misleading "0.0 ms". */
export function formatShortMs(ms: number | null | undefined): string {
  if (typeof ms === "number" && ms > 0 && ms < 0.05) return "< 0.1 ms";
  return formatMs(ms);
}

/** Axis marks with enough decimals to tell them apart on a sub-millisecond request. */
export function formatAxisMs(ms: number, totalMs: number): string {
  return `${ms.toFixed(totalMs < 1 ? 2 : totalMs < 10 ? 1 : 0)} ms`;
}
