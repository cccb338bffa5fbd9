"use client";

import { useEffect, useState, type ComponentType } from "react";
import { Textarea } from "@/components/ui/field";
import type { MonacoCodeEditorProps } from "./monaco-code-editor";

export interface CodeEditorProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  language?: "json" | "plaintext";
  height?: number;
  ariaLabel: string;
}

/**
 * A code editor for mapping templates and bodies: Monaco from our own bundle, and a plain textarea with the
 * same value while Monaco's chunk loads (or if it fails), so the form is usable at once.
 */
export function CodeEditor({ id, value, onChange, language = "json", height = 160, ariaLabel }: CodeEditorProps) {
  const [Monaco, setMonaco] = useState<ComponentType<MonacoCodeEditorProps> | null>(null);

  useEffect(() => {
    let cancelled = false;
    import("./monaco-code-editor")
      .then((module) => !cancelled && setMonaco(() => module.default))
      .catch(() => undefined); // keep the textarea
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <div data-testid={`${id}-editor`} data-editor={Monaco ? "monaco" : "textarea"} className="overflow-hidden rounded-md border border-zinc-300 bg-white">
      {Monaco ? (
        <Monaco value={value} onChange={onChange} language={language} height={height} ariaLabel={ariaLabel} />
      ) : (
        <Textarea
          id={id}
          aria-label={ariaLabel}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          spellCheck={false}
          style={{ height }}
          className="resize-none rounded-none border-0 text-xs shadow-none"
        />
      )}
    </div>
  );
}
