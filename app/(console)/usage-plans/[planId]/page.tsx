import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { UsagePlanView } from "./_components/usage-plan-view";

export const metadata: Metadata = { title: "Usage plan" };

export default async function UsagePlanPage({ params }: { params: Promise<{ planId: string }> }) {
  await requireUser();
  const { planId } = await params;
  return <UsagePlanView planId={decodeURIComponent(planId)} />;
}
