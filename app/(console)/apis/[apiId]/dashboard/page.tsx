import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { isMetricRange } from "@/lib/query/metric-ranges";
import { ApiDashboard } from "./_components/api-dashboard";

export const metadata: Metadata = { title: "API dashboard" };

export default async function ApiDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ apiId: string }>;
  searchParams: Promise<{ range?: string | string[]; stage?: string | string[] }>;
}) {
  await requireUser();
  const { apiId } = await params;
  const { range, stage } = await searchParams;
  // ?range= and ?stage= let the overview and stage links open the dashboard as they were looking at it.
  return (
    <ApiDashboard
      apiId={apiId}
      initialRange={isMetricRange(range) ? range : "1h"}
      initialStage={typeof stage === "string" ? stage : ""}
    />
  );
}
