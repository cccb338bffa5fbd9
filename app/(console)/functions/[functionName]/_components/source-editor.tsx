"use client";

import { useEffect, useState, type ComponentType } from "react";
import { Textarea } from "@/components/ui/field";
import type { MonacoCodeEditorProps } from "@/components/editors/monaco-code-editor";

export interface SourceEditorProps {
  value: string;
  onChange: (value: string) => void;
  height: number;
  ariaLabel: string;
}

/**
 * The handler file in Monaco as JavaScript (served from /monaco/vs, never a CDN). Like components/editors'
 * CodeEditor, which only offers JSON and plain text: a textarea with the same value until Monaco has loaded.
 */
export function SourceEditor({ value, onChange, height, ariaLabel }: SourceEditorProps) {
  const [Monaco, setMonaco] = useState<ComponentType<MonacoCodeEditorProps> | null>(null);

  useEffect(() => {
    let cancelled = false;
    import("@/components/editors/monaco-code-editor")
      .then((module) => !cancelled && setMonaco(() => module.default))
      .catch(() => undefined); // keep the textarea
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <div data-testid="function-source-editor" data-editor={Monaco ? "monaco" : "textarea"} className="overflow-hidden rounded-md border border-zinc-300 bg-white">
      {Monaco ? (
        <Monaco value={value} onChange={onChange} language="javascript" height={height} ariaLabel={ariaLabel} />
      ) : (
        <Textarea
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
