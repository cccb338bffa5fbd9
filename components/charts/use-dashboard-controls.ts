"use client";

import { useState } from "react";
import { autoRefreshByDefault, type MetricRange } from "@/lib/query/metric-ranges";

export interface DashboardControls {
  range: MetricRange;
  autoRefresh: boolean;
  setRange: (range: MetricRange) => void;
  setAutoRefresh: (on: boolean) => void;
}

/** The range and auto-refresh every dashboard shares; picking a range restores that range's refresh default. */
export function useDashboardControls(initialRange: MetricRange = "1h"): DashboardControls {
  const [range, setRangeState] = useState<MetricRange>(initialRange);
  const [autoRefresh, setAutoRefresh] = useState(() => autoRefreshByDefault(initialRange));
  const setRange = (next: MetricRange) => {
    setRangeState(next);
    setAutoRefresh(autoRefreshByDefault(next));
  };
  return { range, autoRefresh, setRange, setAutoRefresh };
}
