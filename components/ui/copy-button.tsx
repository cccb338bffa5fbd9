"use client";

import { useState } from "react";
import { Button } from "./button";

/** Copies text to the clipboard; falls back to a hidden textarea where the Clipboard API is unavailable (http://). */
export function CopyButton({ value, label = "Copy" }: { value: string; label?: string }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      const area = document.createElement("textarea");
      area.value = value;
      document.body.appendChild(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 1500);
  }

  return (
    <Button variant="secondary" size="sm" onClick={copy} aria-label={`${label}: ${value}`}>
      {copied ? "Copied" : label}
    </Button>
  );
}

export function CopyField({ value, testId }: { value: string; testId?: string }) {
  return (
    <div className="flex items-center gap-2">
      <code
        data-testid={testId}
        className="min-w-0 flex-1 truncate rounded-md border border-zinc-200 bg-zinc-50 px-3 py-1.5 font-mono text-xs text-zinc-800"
        title={value}
      >
        {value}
      </code>
      <CopyButton value={value} />
    </div>
  );
}
