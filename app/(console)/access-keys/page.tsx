import type { Metadata } from "next";
import { headers } from "next/headers";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { AccessKeysView } from "./_components/access-keys-view";

export const metadata: Metadata = { title: "Access keys" };

export default async function AccessKeysPage() {
  await requireUser();
  // The management API is served by this same server, so its address is the one the browser used to get here.
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return <AccessKeysView endpointUrl={`${proto}://${host}`} region={env.region} />;
}
