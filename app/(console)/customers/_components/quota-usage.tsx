import { cn } from "@/components/ui/cn";
import type { QuotaPeriodJson } from "@/lib/query/types";
import { quotaFraction, quotaUsageText } from "../../usage-plans/_components/plan-format";

export interface QuotaUsageProps {
  /** Requests today (UTC). */
  todayUsed: number;
  /** Requests in the current quota period. */
  periodUsed: number;
  quotaLimit: number | null;
  quotaPeriod: QuotaPeriodJson | null;
  testId?: string;
}

/** A key's use of its plan's quota: "2 / 3 per day" over a bar, amber near the limit and red at it. */
export function QuotaUsage({ todayUsed, periodUsed, quotaLimit, quotaPeriod, testId }: QuotaUsageProps) {
  if (quotaLimit === null || quotaPeriod === null) {
    return (
      <span className="text-zinc-600" data-testid={testId}>
        {todayUsed.toLocaleString("en-US")} today <span className="text-xs text-zinc-400">(no quota)</span>
      </span>
    );
  }
  const fraction = quotaFraction(periodUsed, quotaLimit);
  const text = quotaUsageText(periodUsed, quotaLimit, quotaPeriod);
  return (
    <div className="flex min-w-32 flex-col gap-1">
      <span className="text-xs whitespace-nowrap text-zinc-700" data-testid={testId}>
        {text}
      </span>
      <div
        role="meter"
        aria-label={`Quota used: ${text}`}
        aria-valuemin={0}
        aria-valuemax={quotaLimit}
        aria-valuenow={Math.min(periodUsed, quotaLimit)}
        className="h-1.5 w-full overflow-hidden rounded-full bg-zinc-100"
      >
        <div
          className={cn("h-full rounded-full", fraction >= 1 ? "bg-red-500" : fraction >= 0.8 ? "bg-amber-500" : "bg-accent-500")}
          style={{ width: `${fraction * 100}%` }}
        />
      </div>
      {quotaPeriod !== "DAY" && <span className="text-[11px] text-zinc-500">{todayUsed.toLocaleString("en-US")} today</span>}
    </div>
  );
}
