import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { ApiKeyView } from "./_components/api-key-view";

export const metadata: Metadata = { title: "API key" };

export default async function ApiKeyPage({ params }: { params: Promise<{ keyId: string }> }) {
  await requireUser();
  const { keyId } = await params;
  return <ApiKeyView keyId={decodeURIComponent(keyId)} />;
}
