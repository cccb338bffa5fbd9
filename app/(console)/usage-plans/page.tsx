import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { UsagePlansView } from "./_components/usage-plans-view";

export const metadata: Metadata = { title: "Usage plans" };

export default async function UsagePlansPage() {
  await requireUser();
  return <UsagePlansView />;
}
