"use client";

import { useEffect, type Dispatch, type KeyboardEvent, type SetStateAction } from "react";
import { Button } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState, InlineError } from "@/components/ui/states";
import { ApiError, errorMessage } from "@/lib/query/fetch-json";
import { useFunctionSource, useSaveFunctionSource, type FunctionJson } from "@/lib/query/functions";
import { formatBytes } from "../../_components/function-format";
import { CodeEditor } from "@/components/editors/code-editor";

/** The user's unsaved text for one file of the package (a draft for another file is stale and ignored). */
export interface SourceDraft {
  path: string;
  text: string;
}

export interface CodePanelProps {
  fn: FunctionJson;
  draft: SourceDraft | null;
  onDraftChange: Dispatch<SetStateAction<SourceDraft | null>>;
}

export function CodePanel({ fn, draft, onDraftChange }: CodePanelProps) {
  const source = useFunctionSource(fn.functionName);
  const save = useSaveFunctionSource(fn.functionName);
  const loaded = source.data;
  const current = draft && loaded && draft.path === loaded.path ? draft : null;
  const dirty = current !== null;

  // Leaving the page would lose the draft; the browser asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  if (source.isPending) return <LoadingState label="Loading code…" />;
  if (source.isError) return <ErrorState error={source.error} onRetry={() => source.refetch()} />;
  const file = source.data;

  if (file.source === null) {
    return (
      <Card title={file.path}>
        <p className="text-zinc-600">{file.reason ?? "This file cannot be edited here."}</p>
      </Card>
    );
  }
  const saved = file.source;
  const text = current?.text ?? saved;

  function onChange(next: string) {
    onDraftChange(next === saved ? null : { path: file.path, text: next });
  }

  function onSave() {
    if (!current) return;
    const input = { path: file.path, source: current.text, codeSha256: file.codeSha256 };
    // Text typed while the save was on its way stays a draft.
    save.mutate(input, { onSuccess: () => onDraftChange((latest) => (latest && latest.text !== input.source ? latest : null)) });
  }

  function reload() {
    onDraftChange(null);
    save.reset();
    void source.refetch();
  }

  // Ctrl/Cmd+S saves instead of opening the browser's "Save page" dialog.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
      event.preventDefault();
      onSave();
    }
  }

  const conflict = save.error instanceof ApiError && save.error.status === 412;
  // Someone saved code or uploaded a package (console, Lambda API) since this editor loaded.
  const outdated = fn.codeSha256 !== file.codeSha256 && !save.isPending;
  const totalSize = file.files.reduce((sum, entry) => sum + entry.size, 0);

  return (
    <Card
      title={
        <span className="flex items-center gap-2">
          <span className="font-mono">{file.path}</span>
          {!file.exists && <Badge tone="amber">new file</Badge>}
          {dirty && <Badge tone="amber">unsaved</Badge>}
        </span>
      }
      description={`The file the runtime loads for handler ${file.handler}. Saving replaces it in the deployment package and updates $LATEST.`}
      actions={
        <>
          {save.isSuccess && !dirty && <span role="status" className="text-xs text-emerald-700">Saved.</span>}
          <Button variant="ghost" size="sm" onClick={() => onDraftChange(null)} disabled={!dirty || save.isPending}>
            Discard changes
          </Button>
          <Button size="sm" onClick={onSave} disabled={!dirty} pending={save.isPending}>
            Save
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3" onKeyDown={onKeyDown}>
        {!file.exists && (
          <p className="text-xs text-amber-800">
            The package has no {file.path} yet: the handler {file.handler} would fail to load. Write the module and save to add it.
          </p>
        )}
        {outdated && !conflict && (
          <div className="flex items-center gap-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900">
            <span>$LATEST has newer code than the editor shows; saving would be refused.</span>
            <Button variant="secondary" size="sm" onClick={reload}>
              {dirty ? "Reload code (drops your changes)" : "Reload code"}
            </Button>
          </div>
        )}
        <CodeEditor id="function-source" language="javascript" value={text} onChange={onChange} height={480} ariaLabel={`Source of ${file.path}`} />
        {save.isError && (
          <div className="flex items-center gap-3">
            <InlineError message={errorMessage(save.error)} />
            {conflict && (
              <Button variant="secondary" size="sm" onClick={reload}>
                Reload code (drops your changes)
              </Button>
            )}
          </div>
        )}
        <details className="text-xs text-zinc-500">
          <summary className="cursor-pointer select-none">
            Package: {file.files.length} file{file.files.length === 1 ? "" : "s"}, {formatBytes(totalSize)} unzipped · CodeSha256{" "}
            <span className="font-mono">{file.codeSha256}</span>
          </summary>
          <ul className="mt-2 max-h-48 overflow-auto font-mono">
            {file.files.map((entry) => (
              <li key={entry.path} className="flex justify-between gap-4 py-0.5">
                <span className={entry.path === file.path ? "font-semibold text-zinc-800" : undefined}>{entry.path}</span>
                <span>{formatBytes(entry.size)}</span>
              </li>
            ))}
          </ul>
          <p className="mt-2">Only the handler file is edited here; the other files are kept as they are. Upload a new package with the Lambda API to change them.</p>
        </details>
      </div>
    </Card>
  );
}
