import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { StageView } from "./_components/stage-view";

export const metadata: Metadata = { title: "Stage" };

export default async function StagePage({ params }: { params: Promise<{ apiId: string; stageName: string }> }) {
  await requireUser();
  const { apiId, stageName } = await params;
  // Read on the server: the gateway's public address is deployment configuration, not something the browser knows.
  const gatewayUrl = env.gatewayPublicUrl.replace(/\/+$/, "");
  const gatewayPort = new URL(gatewayUrl).port || String(env.gatewayPort);
  return <StageView apiId={apiId} stageName={decodeURIComponent(stageName)} gatewayUrl={gatewayUrl} gatewayPort={gatewayPort} />;
}
