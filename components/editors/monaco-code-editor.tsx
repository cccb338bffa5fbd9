"use client";

import Editor from "@monaco-editor/react";
import "./monaco-setup";

export interface MonacoCodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  language: string;
  height: number;
  ariaLabel: string;
}

export default function MonacoCodeEditor({ value, onChange, language, height, ariaLabel }: MonacoCodeEditorProps) {
  return (
    <Editor
      value={value}
      onChange={(next) => onChange(next ?? "")}
      language={language}
      height={height}
      loading={null}
      options={{
        ariaLabel,
        minimap: { enabled: false },
        fontSize: 13,
        lineNumbers: "on",
        scrollBeyondLastLine: false,
        tabSize: 2,
        automaticLayout: true,
        renderLineHighlight: "none",
        overviewRulerLanes: 0,
        scrollbar: { verticalScrollbarSize: 8, horizontalScrollbarSize: 8 },
      }}
    />
  );
}
