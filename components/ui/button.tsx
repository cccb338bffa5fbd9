"use client";

import type { ButtonHTMLAttributes } from "react";
import { cn } from "./cn";
import { Spinner } from "./spinner";
import { useHydrated } from "./use-hydrated";

const VARIANTS = {
  primary: "bg-accent-600 text-white hover:bg-accent-700 disabled:bg-accent-600/60",
  secondary: "border border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-50 disabled:text-zinc-400",
  danger: "bg-red-600 text-white hover:bg-red-700 disabled:bg-red-600/60",
  ghost: "text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 disabled:text-zinc-400",
} as const;

const SIZES = { sm: "h-7 px-2.5 text-xs", md: "h-9 px-3.5 text-sm" } as const;

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: keyof typeof VARIANTS;
  size?: keyof typeof SIZES;
  pending?: boolean;
}

/** Disabled until hydrated: a click before React is listening would otherwise be lost (or submit a form natively). */
export function Button({ variant = "primary", size = "md", pending = false, className, children, disabled, type, ...rest }: ButtonProps) {
  const hydrated = useHydrated();
  return (
    <button
      type={type ?? "button"}
      disabled={disabled || pending || !hydrated}
      className={cn(
        "inline-flex shrink-0 items-center justify-center gap-1.5 rounded-md font-medium whitespace-nowrap transition-colors",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500 disabled:cursor-not-allowed",
        VARIANTS[variant],
        SIZES[size],
        className,
      )}
      {...rest}
    >
      {pending && <Spinner className="size-3.5" />}
      {children}
    </button>
  );
}
