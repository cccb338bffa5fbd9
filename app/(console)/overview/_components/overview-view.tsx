"use client";

import { MetricCharts } from "@/components/charts/metric-charts";
import { formatCount, formatRate, seriesSum } from "@/components/charts/metric-format";
import { MetricTile } from "@/components/charts/metric-tiles";
import { RangePicker } from "@/components/charts/range-picker";
import { useDashboardControls } from "@/components/charts/use-dashboard-controls";
import { Card, PageHeader } from "@/components/ui/card";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import type { MetricRange } from "@/lib/query/metric-ranges";
import { useMetricsOverview } from "@/lib/query/metrics";
import { OverviewApisTable } from "./overview-apis-table";

/** The account's traffic across every API, AWS's account-level view of API Gateway's Count, errors and latency. */
export function OverviewView({ initialRange }: { initialRange: MetricRange }) {
  const controls = useDashboardControls(initialRange);
  const overview = useMetricsOverview(controls.range, controls.autoRefresh);
  const data = overview.data;
  const count = data ? seriesSum(data.series, "count") : 0;
  const error4xx = data ? seriesSum(data.series, "error4xx") : 0;
  const error5xx = data ? seriesSum(data.series, "error5xx") : 0;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader className="" title="Overview" description="Requests, errors and latency of every API in this account." />
      <RangePicker controls={controls} resolutionSeconds={data?.resolutionSeconds} updatedAt={overview.dataUpdatedAt} fetching={overview.isFetching} />
      {overview.isPending ? (
        <LoadingState label="Loading metrics…" />
      ) : overview.isError ? (
        <ErrorState error={overview.error} onRetry={() => overview.refetch()} />
      ) : (
        <>
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            <MetricTile label="Requests" testId="overview-total-count" raw={count} value={formatCount(count)} />
            <MetricTile label="4XX rate" testId="overview-total-4xx-rate" raw={error4xx} value={formatRate(error4xx, count)} detail={`${formatCount(error4xx)} 4XX`} />
            <MetricTile label="5XX rate" testId="overview-total-5xx-rate" raw={error5xx} value={formatRate(error5xx, count)} detail={`${formatCount(error5xx)} 5XX`} />
            <MetricTile
              label="APIs with traffic"
              testId="overview-active-apis"
              raw={overview.data.apis.filter((api) => api.count > 0).length}
              value={overview.data.apis.filter((api) => api.count > 0).length}
              detail={`of ${overview.data.apis.length}`}
            />
          </div>
          <Card title="Account traffic">
            <MetricCharts data={overview.data} charts={["count", "errors", "latency"]} testIdPrefix="overview-" />
          </Card>
          <Card title="APIs" description="Each API's totals over the range; open one for its dashboard." bodyClassName="p-0">
            <OverviewApisTable apis={overview.data.apis} range={controls.range} />
          </Card>
        </>
      )}
    </div>
  );
}
