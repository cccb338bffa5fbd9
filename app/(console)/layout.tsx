import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { ConsoleHeader } from "@/components/console/console-header";

// Every console page needs a session; the proxy's redirect is only a shortcut, this check is the real one.
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <div className="flex min-h-screen flex-col">
      <ConsoleHeader email={user.email} />
      <main className="mx-auto w-full max-w-7xl flex-1 px-6 py-8">{children}</main>
    </div>
  );
}
