import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { ModelsView } from "./_components/models-view";

export const metadata: Metadata = { title: "Models" };

export default async function ModelsPage({ params }: { params: Promise<{ apiId: string }> }) {
  await requireUser();
  const { apiId } = await params;
  return <ModelsView apiId={apiId} />;
}
