"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface Series<T> {
  key: keyof T & string;
  label: string;
  color: string;
}

export interface TimeSeriesChartProps<T extends { minute: string }> {
  title: string;
  /** One sentence that says what the chart shows, for screen readers and tests (the SVG itself is not readable). */
  summary: string;
  testId: string;
  data: T[];
  series: Series<T>[];
  unit?: string;
}

const timeLabel = (iso: unknown) =>
  typeof iso === "string" ? new Date(iso).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" }) : "";

// An empty hour still gets a 0..1 axis instead of a column of identical "0" ticks.
const yMax = (dataMax: number) => (Number.isFinite(dataMax) && dataMax > 0 ? Math.ceil(dataMax * 1.1) : 1);

export function TimeSeriesChart<T extends { minute: string }>({ title, summary, testId, data, series, unit = "" }: TimeSeriesChartProps<T>) {
  // Latency has no value in quiet minutes; with few points a line has nothing to join, so draw dots.
  const points = data.filter((row) => series.some((s) => typeof row[s.key] === "number")).length;
  const sparse = points < data.length / 2;
  return (
    <figure className="flex min-w-0 flex-col gap-2 rounded-md border border-zinc-200 p-3" data-testid={testId}>
      <figcaption className="flex items-baseline justify-between gap-2">
        <span className="text-xs font-medium text-zinc-700">{title}</span>
        <span className="text-xs text-zinc-500" data-testid={`${testId}-summary`}>
          {summary}
        </span>
      </figcaption>
      <div role="img" aria-label={`${title}: ${summary}`} className="h-40">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: unit ? 0 : -16 }}>
            <CartesianGrid stroke="#f4f4f5" vertical={false} />
            <XAxis dataKey="minute" tickFormatter={timeLabel} tick={{ fontSize: 10, fill: "#71717a" }} minTickGap={40} stroke="#e4e4e7" />
            <YAxis allowDecimals={false} domain={[0, yMax]} tick={{ fontSize: 10, fill: "#71717a" }} stroke="#e4e4e7" width={unit ? 60 : 52} unit={unit} />
            <Tooltip labelFormatter={timeLabel} contentStyle={{ fontSize: 12, borderRadius: 6 }} />
            {series.map((s) => (
              <Line key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={s.color} strokeWidth={1.75} dot={sparse ? { r: 2.5 } : false} isAnimationActive={false} connectNulls />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
