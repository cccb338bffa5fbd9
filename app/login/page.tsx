import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  // Only same-site paths, so the login page cannot be used to bounce people elsewhere.
  const target = next && next.startsWith("/") && !next.startsWith("//") ? next : "/apis";
  if (await getCurrentUser()) redirect(target);
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2 text-lg font-semibold tracking-tight">
          <span aria-hidden className="grid size-7 place-items-center rounded bg-accent-600 text-sm font-bold text-white">
            P
          </span>
          Portico
        </div>
        <div className="rounded-lg border border-zinc-200 bg-white p-6 shadow-sm">
          <h1 className="text-base font-semibold">Sign in to the console</h1>
          <p className="mt-1 mb-5 text-zinc-500">Manage your APIs, stages and access keys.</p>
          <SignInForm next={target} />
        </div>
      </div>
    </main>
  );
}
