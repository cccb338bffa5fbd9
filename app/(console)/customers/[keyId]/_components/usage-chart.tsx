"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ApiKeyUsageDayJson } from "@/lib/query/types";

// The days are UTC dates; formatting them in UTC keeps "2026-11-21" from showing as the 20th west of Greenwich.
const dayLabel = (day: unknown) =>
  typeof day === "string" ? new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, { month: "short", day: "numeric", timeZone: "UTC" }) : "";

const yMax = (dataMax: number) => (Number.isFinite(dataMax) && dataMax > 0 ? Math.ceil(dataMax * 1.1) : 1);

/** Requests per day as bars (hover for the count); the summary line says the same for screen readers and tests. */
export function UsageChart({ days }: { days: ApiKeyUsageDayJson[] }) {
  const total = days.reduce((sum, d) => sum + d.used, 0);
  const today = days.at(-1)?.used ?? 0;
  const summary = `${total.toLocaleString("en-US")} requests in ${days.length} days, ${today.toLocaleString("en-US")} today`;
  return (
    <figure className="flex min-w-0 flex-col gap-2" data-testid="api-key-usage-chart">
      <figcaption className="text-xs text-zinc-500" data-testid="api-key-usage-summary">
        {summary}
      </figcaption>
      <div role="img" aria-label={`Daily usage: ${summary}`} className="h-48">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={days} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid stroke="#f4f4f5" vertical={false} />
            <XAxis dataKey="day" tickFormatter={dayLabel} tick={{ fontSize: 10, fill: "#71717a" }} minTickGap={24} stroke="#e4e4e7" />
            <YAxis allowDecimals={false} domain={[0, yMax]} tick={{ fontSize: 10, fill: "#71717a" }} stroke="#e4e4e7" width={52} />
            <Tooltip labelFormatter={dayLabel} formatter={(value) => [value, "Requests"]} cursor={{ fill: "#f4f4f5" }} contentStyle={{ fontSize: 12, borderRadius: 6 }} />
            <Bar dataKey="used" name="Requests" fill="#6366f1" radius={[2, 2, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
