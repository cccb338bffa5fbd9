import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { ApiDesigner } from "./_components/api-designer";

export const metadata: Metadata = { title: "API designer" };

export default async function ApiPage({ params }: { params: Promise<{ apiId: string }> }) {
  await requireUser();
  const { apiId } = await params;
  return <ApiDesigner apiId={apiId} />;
}
