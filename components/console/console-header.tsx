import Link from "next/link";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

export function ConsoleHeader({ email }: { email: string }) {
  return (
    <header className="sticky top-0 z-10 border-b border-zinc-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-8 px-6">
        <Link href="/apis" className="flex items-center gap-2 font-semibold tracking-tight text-zinc-900">
          <span aria-hidden className="grid size-6 place-items-center rounded bg-accent-600 text-xs font-bold text-white">
            P
          </span>
          Portico
        </Link>
        <NavLinks />
        <div className="ml-auto flex items-center gap-3">
          <span className="text-zinc-500" data-testid="current-user">
            {email}
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
