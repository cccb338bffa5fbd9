import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { GatewayResponsesView } from "./_components/gateway-responses-view";

export const metadata: Metadata = { title: "Gateway responses" };

export default async function GatewayResponsesPage({ params }: { params: Promise<{ apiId: string }> }) {
  await requireUser();
  const { apiId } = await params;
  return <GatewayResponsesView apiId={apiId} />;
}
