import Link from "next/link";
import { cn } from "@/components/ui/cn";

export type ApiSection = "resources" | "models" | "gateway-responses" | "dashboard";

const SECTIONS: { id: ApiSection; label: string; path: string }[] = [
  { id: "resources", label: "Resources", path: "" },
  { id: "models", label: "Models & validators", path: "/models" },
  { id: "gateway-responses", label: "Gateway responses", path: "/gateway-responses" },
  { id: "dashboard", label: "Dashboard", path: "/dashboard" },
];

/** The API's own pages, as AWS's left-hand menu lists them under an API. */
export function ApiNav({ apiId, current }: { apiId: string; current: ApiSection }) {
  return (
    <nav aria-label="API sections" className="flex gap-1 border-b border-zinc-200">
      {SECTIONS.map((section) => (
        <Link
          key={section.id}
          href={`/apis/${apiId}${section.path}`}
          aria-current={section.id === current ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            section.id === current ? "border-accent-600 text-zinc-900" : "border-transparent text-zinc-500 hover:text-zinc-900",
          )}
        >
          {section.label}
        </Link>
      ))}
    </nav>
  );
}
