"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartRow } from "./metric-format";
import { tooltipTimeLabel } from "./metric-format";

export interface MetricSeries {
  key: Exclude<keyof ChartRow, "time">;
  label: string;
  color: string;
  /** Drawn dashed (e.g. max, which is an outlier rather than a trend). */
  dashed?: boolean;
}

export interface MetricChartProps {
  title: string;
  /** One sentence that says what the chart shows, for screen readers and tests (the SVG itself is not readable). */
  summary: string;
  testId: string;
  rows: ChartRow[];
  series: MetricSeries[];
  tickFormatter: (iso: unknown) => string;
  unit?: string;
}

// An empty range still gets a 0..1 axis instead of a column of identical "0" ticks.
const yMax = (dataMax: number) => (Number.isFinite(dataMax) && dataMax > 0 ? Math.ceil(dataMax * 1.1) : 1);

const tooltipValue = (value: unknown) => (typeof value === "number" ? value.toLocaleString("en-US") : "—");

/** One CloudWatch-style metric over time; hovering shows every series' value at that bucket. */
export function MetricChart({ title, summary, testId, rows, series, tickFormatter, unit = "" }: MetricChartProps) {
  // Latency has no value in quiet buckets; with few points a line has nothing to join, so draw dots.
  const points = rows.filter((row) => series.some((s) => typeof row[s.key] === "number")).length;
  const sparse = points < rows.length / 2;
  return (
    <figure className="flex min-w-0 flex-col gap-2 rounded-md border border-zinc-200 p-3" data-testid={testId}>
      <figcaption className="flex items-baseline justify-between gap-2">
        <span className="text-xs font-medium text-zinc-700">{title}</span>
        <span className="truncate text-xs text-zinc-500" data-testid={`${testId}-summary`}>
          {summary}
        </span>
      </figcaption>
      <div role="img" aria-label={`${title}: ${summary}`} className="h-44">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 4, right: 8, bottom: 0, left: unit ? 0 : -16 }}>
            <CartesianGrid stroke="#f4f4f5" vertical={false} />
            <XAxis dataKey="time" tickFormatter={tickFormatter} tick={{ fontSize: 10, fill: "#71717a" }} minTickGap={40} stroke="#e4e4e7" />
            <YAxis allowDecimals={false} domain={[0, yMax]} tick={{ fontSize: 10, fill: "#71717a" }} stroke="#e4e4e7" width={unit ? 60 : 52} unit={unit} />
            <Tooltip
              labelFormatter={tooltipTimeLabel}
              formatter={tooltipValue}
              contentStyle={{ fontSize: 12, borderRadius: 6 }}
              isAnimationActive={false}
            />
            {series.map((s) => (
              <Line
                key={s.key}
                type="monotone"
                dataKey={s.key}
                name={s.label}
                unit={unit}
                stroke={s.color}
                strokeWidth={1.75}
                strokeDasharray={s.dashed ? "4 3" : undefined}
                dot={sparse ? { r: 2.5 } : false}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
