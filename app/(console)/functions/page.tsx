import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { FunctionsView } from "./_components/functions-view";

export const metadata: Metadata = { title: "Functions" };

export default async function FunctionsPage() {
  await requireUser();
  return <FunctionsView />;
}
