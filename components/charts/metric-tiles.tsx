"use client";

import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { formatMs } from "@/components/ui/format";
import type { MetricTotalsJson } from "@/lib/query/metrics";
import { formatCount, formatRate } from "./metric-format";

export interface MetricTileProps {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  testId: string;
  detailTestId?: string;
  raw: number | null;
}

/** One headline number with its label; `raw` is the unformatted value. */
export function MetricTile({ label, value, detail, testId, detailTestId, raw }: MetricTileProps) {
  return (
    <div className="flex min-w-0 flex-col gap-0.5 rounded-md border border-zinc-200 px-3 py-2">
      <span className="text-[11px] font-medium tracking-wide text-zinc-500 uppercase">{label}</span>
      {/* data-value carries the raw number, so tests and tools need not parse the formatted text. */}
      <span className="text-lg font-semibold text-zinc-900 tabular-nums" data-testid={testId} data-value={raw ?? ""}>
        {value}
      </span>
      {detail && (
        <span className="truncate text-xs text-zinc-500" data-testid={detailTestId}>
          {detail}
        </span>
      )}
    </div>
  );
}

export interface MetricTilesProps {
  totals: MetricTotalsJson;
  /** Adds a cache hit-rate tile. */
  cache?: boolean;
  /** Prefix of the tiles' test ids ("" for the main dashboard, "base-" or "canary-"). */
  testIdPrefix?: string;
  /** Three to a row, for a half-width column (base and canary side by side). */
  narrow?: boolean;
}

/** The range's totals: requests, 4XX and 5XX rates, p50 and p99 latency (and the cache's hit rate). */
export function MetricTiles({ totals, cache = false, testIdPrefix = "", narrow = false }: MetricTilesProps) {
  const id = (name: string) => `${testIdPrefix}metric-total-${name}`;
  const cached = totals.cacheHitCount + totals.cacheMissCount;
  return (
    <div className={cn("grid grid-cols-2 gap-3 sm:grid-cols-3", !narrow && "lg:grid-cols-6")}>
      <MetricTile label="Requests" testId={id("count")} raw={totals.count} value={formatCount(totals.count)} />
      <MetricTile label="4XX rate" testId={id("4xx-rate")} raw={totals.error4xx} value={formatRate(totals.error4xx, totals.count)} detail={`${formatCount(totals.error4xx)} 4XX`} />
      <MetricTile label="5XX rate" testId={id("5xx-rate")} raw={totals.error5xx} value={formatRate(totals.error5xx, totals.count)} detail={`${formatCount(totals.error5xx)} 5XX`} />
      <MetricTile label="p50 latency" testId={id("p50")} raw={totals.latency?.p50 ?? null} value={formatMs(totals.latency?.p50)} detail={totals.integrationLatency ? `integration ${formatMs(totals.integrationLatency.p50)}` : undefined} />
      <MetricTile label="p99 latency" testId={id("p99")} raw={totals.latency?.p99 ?? null} value={formatMs(totals.latency?.p99)} detail={totals.integrationLatency ? `integration ${formatMs(totals.integrationLatency.p99)}` : undefined} />
      {cache && (
        <MetricTile
          label="Cache hit rate"
          testId={id("cache-hit-rate")}
          raw={totals.cacheHitCount}
          value={formatRate(totals.cacheHitCount, cached)}
          detail={`Cache: ${totals.cacheHitCount} hits, ${totals.cacheMissCount} misses`}
          detailTestId={`${testIdPrefix}cache-totals`}
        />
      )}
    </div>
  );
}
