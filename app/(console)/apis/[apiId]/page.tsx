import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { ApiDesigner } from "./_components/api-designer";

export const metadata: Metadata = { title: "API designer" };

export default async function ApiPage({ params }: { params: Promise<{ apiId: string }> }) {
  await requireUser();
  const { apiId } = await params;
  // Lambda and AWS service integration URIs name Portico's region and account, as AWS's name yours.
  return <ApiDesigner apiId={apiId} place={{ region: env.region, accountId: env.accountId }} />;
}
