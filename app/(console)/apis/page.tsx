import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { ApisView } from "./_components/apis-view";

export const metadata: Metadata = { title: "APIs" };

export default async function ApisPage() {
  await requireUser();
  return <ApisView />;
}
