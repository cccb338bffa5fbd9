import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { isMetricRange } from "@/lib/query/metric-ranges";
import { OverviewView } from "./_components/overview-view";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<{ range?: string | string[] }> }) {
  await requireUser();
  const { range } = await searchParams;
  return <OverviewView initialRange={isMetricRange(range) ? range : "1h"} />;
}
