"use client";

import { useEffect, useState, type ComponentType } from "react";
import { Textarea } from "@/components/ui/field";
import type { MonacoCodeEditorProps } from "./monaco-code-editor";
import type { VelocityContext } from "./velocity/velocity-assist";

export interface CodeEditorProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** "velocity" for API Gateway mapping templates: highlighting, completions, hovers and syntax markers. */
  language?: "json" | "plaintext" | "velocity" | "javascript";
  height?: number;
  ariaLabel: string;
  readOnly?: boolean;
  /** What Velocity completions offer besides AWS's variables (the API's stage variable names). */
  velocity?: VelocityContext;
  /** Marks the box red, for a field with a validation error. */
  invalid?: boolean;
}

/**
 * A code editor for mapping templates, bodies and function code: Monaco from our own bundle, and a plain textarea with the
 * same value while Monaco's chunk loads (or if it fails), so the form is usable at once.
 */
export function CodeEditor({ id, value, onChange, language = "json", height = 160, ariaLabel, readOnly, velocity, invalid }: CodeEditorProps) {
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
    <div
      data-testid={`${id}-editor`}
      data-editor={Monaco ? "monaco" : "textarea"}
      className={`overflow-hidden rounded-md border bg-white ${invalid ? "border-red-400" : "border-zinc-300"}`}
    >
      {Monaco ? (
        <Monaco value={value} onChange={onChange} language={language} height={height} ariaLabel={ariaLabel} readOnly={readOnly} velocity={velocity} />
      ) : (
        <Textarea
          id={id}
          aria-label={ariaLabel}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          readOnly={readOnly}
          spellCheck={false}
          style={{ height }}
          className="resize-none rounded-none border-0 text-xs shadow-none"
        />
      )}
    </div>
  );
}
