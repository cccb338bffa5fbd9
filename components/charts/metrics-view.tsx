"use client";

import type { MetricsJson } from "@/lib/query/metrics";
import { MetricCharts } from "./metric-charts";
import { hasCacheTraffic, type MethodFilter } from "./metric-format";
import { MetricTiles } from "./metric-tiles";
import { TopTables } from "./top-tables";

export interface MetricsViewProps {
  data: MetricsJson;
  /** The stage's cache is on: show hits and misses even while there are none. */
  cacheEnabled: boolean;
  selectedMethod?: MethodFilter;
  onSelectMethod: (method: MethodFilter) => void;
}

/** One API's (or stage's) dashboard body: totals, the metric charts, and the top resources tables. */
export function MetricsView({ data, cacheEnabled, selectedMethod, onSelectMethod }: MetricsViewProps) {
  const cache = cacheEnabled || hasCacheTraffic(data.totals);
  return (
    <div className="flex flex-col gap-5">
      <MetricTiles totals={data.totals} cache={cache} />
      <MetricCharts data={data} charts={cache ? ["count", "errors", "latency", "integrationLatency", "cache"] : undefined} />
      <TopTables top={data.top} selected={selectedMethod} onSelect={onSelectMethod} />
      {/* Read by the click-through test since the first metrics panel; the tile above shows the same number. */}
      <p className="sr-only" data-testid="requests-total" data-total={data.totals.count}>
        {data.totals.count} requests in the range
      </p>
    </div>
  );
}
