"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const LINKS = [
  { href: "/overview", label: "Overview" },
  { href: "/apis", label: "APIs" },
  { href: "/functions", label: "Functions" },
  { href: "/customers", label: "Customers" },
  { href: "/usage-plans", label: "Usage plans" },
  { href: "/access-keys", label: "Access keys" },
];

export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex h-full items-center gap-1">
      {LINKS.map((link) => {
        const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "flex h-full items-center border-b-2 px-3 font-medium transition-colors",
              active ? "border-accent-600 text-zinc-900" : "border-transparent text-zinc-500 hover:text-zinc-900",
            )}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
