import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { CustomersView } from "./_components/customers-view";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage() {
  await requireUser();
  return <CustomersView />;
}
