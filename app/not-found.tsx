import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto mt-24 flex max-w-md flex-col items-center gap-3 text-center">
      <p className="font-mono text-xs text-zinc-500">404</p>
      <h1 className="text-base font-semibold">Page not found</h1>
      <Link href="/apis" className="text-accent-700 hover:underline">
        Back to your APIs
      </Link>
    </main>
  );
}
