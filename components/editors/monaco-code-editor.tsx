"use client";

import Editor, { type Monaco } from "@monaco-editor/react";
import type { editor as MonacoEditor, IDisposable } from "monaco-editor";
import { useEffect, useRef } from "react";
import "./monaco-setup";
import type { VelocityContext } from "./velocity/velocity-assist";
import { attachVelocityEditor, registerVelocity, setVelocityContext } from "./velocity/register-velocity";

export interface MonacoCodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  language: string;
  height: number;
  ariaLabel: string;
  readOnly?: boolean;
  velocity?: VelocityContext;
}

export default function MonacoCodeEditor({ value, onChange, language, height, ariaLabel, readOnly = false, velocity }: MonacoCodeEditorProps) {
  const modelUri = useRef<string | null>(null);
  const attached = useRef<IDisposable | null>(null);
  const editorRef = useRef<MonacoEditor.IStandaloneCodeEditor | null>(null);

  // Uncontrolled while the user types: pushing the `value` prop back into a focused editor can replay a stale
  // value between two fast keystrokes and drop characters. Outside changes (Discard, a reset) arrive unfocused.
  useEffect(() => {
    const editor = editorRef.current;
    if (editor && !editor.hasTextFocus() && editor.getValue() !== value) editor.setValue(value);
  }, [value]);

  // Completions read the stage variable names by model URI; keep them current while the editor lives.
  useEffect(() => {
    if (modelUri.current) setVelocityContext(modelUri.current, velocity);
  }, [velocity]);

  useEffect(
    () => () => {
      attached.current?.dispose();
      if (modelUri.current) setVelocityContext(modelUri.current, undefined);
    },
    [],
  );

  function onMount(editor: MonacoEditor.IStandaloneCodeEditor, monaco: Monaco) {
    editorRef.current = editor;
    const uri = editor.getModel()?.uri.toString() ?? null;
    modelUri.current = uri;
    if (language !== "velocity" || !uri) return;
    setVelocityContext(uri, velocity ?? { stageVariables: [] });
    attached.current = attachVelocityEditor(monaco, editor);
  }

  return (
    <Editor
      defaultValue={value}
      onChange={(next) => onChange(next ?? "")}
      language={language}
      height={height}
      loading={null}
      beforeMount={registerVelocity}
      onMount={onMount}
      options={{
        ariaLabel,
        readOnly,
        minimap: { enabled: false },
        fontSize: 13,
        lineNumbers: "on",
        scrollBeyondLastLine: false,
        tabSize: 2,
        automaticLayout: true,
        renderLineHighlight: "none",
        overviewRulerLanes: 0,
        fixedOverflowWidgets: true,
        scrollbar: { verticalScrollbarSize: 8, horizontalScrollbarSize: 8, alwaysConsumeMouseWheel: false },
      }}
    />
  );
}
