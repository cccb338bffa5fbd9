import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export interface FlowBoxProps {
  id: string;
  step: number;
  title: string;
  summary?: ReactNode;
  dirty?: boolean;
  actions?: ReactNode;
  children: ReactNode;
}

/** One box of AWS's method execution flow, edited in place. */
export function FlowBox({ id, step, title, summary, dirty, actions, children }: FlowBoxProps) {
  return (
    <section id={id} aria-label={title} className={cn("scroll-mt-20 rounded-lg border bg-white shadow-xs", dirty ? "border-amber-300" : "border-zinc-200")}>
      <header className="flex items-start justify-between gap-4 border-b border-zinc-200 px-4 py-3">
        <div className="flex min-w-0 items-start gap-3">
          <span aria-hidden className="mt-0.5 grid size-5 shrink-0 place-items-center rounded-full bg-zinc-100 text-[11px] font-semibold text-zinc-600">
            {step}
          </span>
          <div className="min-w-0">
            <h3 id={`${id}-title`} className="text-sm font-semibold text-zinc-900">
              {title}
              {dirty && <span className="ml-2 rounded bg-amber-50 px-1.5 py-0.5 text-[11px] font-medium text-amber-800">unsaved</span>}
            </h3>
            {summary && <div className="mt-0.5 text-xs text-zinc-500">{summary}</div>}
          </div>
        </div>
        {actions && <div className="flex shrink-0 items-center gap-2">{actions}</div>}
      </header>
      <div className="p-4">{children}</div>
    </section>
  );
}
