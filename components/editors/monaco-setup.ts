/**
 * Points @monaco-editor/react at the monaco-editor copy bundled with the console. Without this the loader
 * fetches Monaco from a CDN at run time, which Portico must never do (it runs offline).
 * Browser-only: imported lazily by code-editor.tsx.
 */
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/language/json/monaco.contribution";

type MonacoEnvironmentHolder = { MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker } };

(self as unknown as MonacoEnvironmentHolder).MonacoEnvironment = {
  getWorker(_workerId, label) {
    if (label === "json") {
      return new Worker(new URL("monaco-editor/language/json/json.worker.js", import.meta.url), { type: "module" });
    }
    return new Worker(new URL("monaco-editor/editor/editor.worker.js", import.meta.url), { type: "module" });
  },
};

loader.config({ monaco });

export { monaco };
