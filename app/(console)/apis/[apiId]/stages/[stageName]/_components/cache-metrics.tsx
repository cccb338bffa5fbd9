"use client";

import type { StageMetricsJson } from "@/lib/query/types";

function hitRate(hits: number, misses: number): string {
  const total = hits + misses;
  return total === 0 ? "no cached requests" : `${Math.round((hits / total) * 1000) / 10}% hits`;
}

/** AWS's CacheHitCount and CacheMissCount for the range: the stage's totals and each cached method's. */
export function CacheMetrics({ metrics, testIdPrefix = "" }: { metrics: StageMetricsJson; testIdPrefix?: string }) {
  const { cacheHitCount, cacheMissCount } = metrics.totals;
  const cached = metrics.methods.filter((method) => method.cacheHitCount + method.cacheMissCount > 0);
  return (
    <section aria-label="Cache metrics" className="flex flex-col gap-2 text-sm">
      <p data-testid={`${testIdPrefix}cache-totals`} data-hits={cacheHitCount} data-misses={cacheMissCount} className="text-zinc-700">
        Cache: <strong>{cacheHitCount}</strong> hits, <strong>{cacheMissCount}</strong> misses ({hitRate(cacheHitCount, cacheMissCount)})
      </p>
      {cached.length > 0 && (
        <table className="w-full text-left text-xs">
          <thead className="text-zinc-500">
            <tr>
              <th scope="col" className="py-1 font-medium">Method</th>
              <th scope="col" className="py-1 font-medium">Hits</th>
              <th scope="col" className="py-1 font-medium">Misses</th>
              <th scope="col" className="py-1 font-medium">Hit rate</th>
            </tr>
          </thead>
          <tbody>
            {cached.map((method) => (
              <tr key={`${method.httpMethod} ${method.resourcePath}`} className="border-t border-zinc-100">
                <td className="py-1 font-mono">
                  {method.httpMethod} {method.resourcePath || "(no resource)"}
                </td>
                <td className="py-1">{method.cacheHitCount}</td>
                <td className="py-1">{method.cacheMissCount}</td>
                <td className="py-1">{hitRate(method.cacheHitCount, method.cacheMissCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
