/**
 * Points @monaco-editor/react at the Monaco build Portico serves itself (/monaco/vs, from the installed
 * monaco-editor package). Without this the loader fetches Monaco from a CDN at run time, which Portico must
 * never do (it runs offline). Browser-only: imported lazily by code-editor.tsx.
 */
import { loader } from "@monaco-editor/react";

loader.config({ paths: { vs: "/monaco/vs" } });
