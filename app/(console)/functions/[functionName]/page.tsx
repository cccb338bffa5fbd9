import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { FunctionView } from "./_components/function-view";

export const metadata: Metadata = { title: "Function" };

export default async function FunctionPage({ params }: { params: Promise<{ functionName: string }> }) {
  await requireUser();
  const { functionName } = await params;
  // ARNs name this Portico's region and account, which are server configuration.
  return <FunctionView functionName={decodeURIComponent(functionName)} place={{ region: env.region, accountId: env.accountId }} />;
}
