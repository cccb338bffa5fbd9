/**
 * Completions and hovers for API Gateway mapping templates, computed from the text around the cursor.
 * Pure, so the Monaco glue stays thin and these rules are tested without a browser.
 */
import { DIRECTIVES, MEMBERS, PARAMS_MAPS, ROOTS, type CatalogEntry } from "./velocity-catalog";

export interface VelocityContext {
  /** Names of stage variables used by the API's stages, for $stageVariables completions. */
  stageVariables: readonly string[];
}

export interface Suggestion {
  label: string;
  insertText: string;
  snippet: boolean;
  kind: "function" | "property" | "variable" | "keyword";
  detail: string;
  documentation: string;
}

export interface Suggestions {
  /** How many characters before the cursor the suggestion replaces. */
  replace: number;
  items: Suggestion[];
}

const MEMBER_ACCESS = /\$!?\{?([A-Za-z]\w*)((?:\.[A-Za-z]\w*(?:\(\))?)*)\.(\w*)$/;
const ROOT_ACCESS = /\$!?\{?([A-Za-z]\w*)?$/;
const DIRECTIVE_START = /(?:^|[^#\\])#\{?([a-z]*)$/;

function fromEntry(entry: CatalogEntry, label: string): Suggestion {
  return { label, insertText: entry.insert, snippet: entry.snippet, kind: entry.kind, detail: entry.signature, documentation: entry.description };
}

/** Next path segments below `prefix` (e.g. "context.identity"), one suggestion per distinct segment. */
function childrenOf(prefix: string, entries: readonly CatalogEntry[]): Suggestion[] {
  const out = new Map<string, Suggestion>();
  for (const entry of entries) {
    if (!entry.path.startsWith(`${prefix}.`)) continue;
    const rest = entry.path.slice(prefix.length + 1);
    const segment = rest.split(".")[0];
    if (out.has(segment)) continue;
    if (segment === rest) {
      // Placeholder segments ({property}) become a snippet tab stop.
      const placeholder = /^\{(\w+)\}$/.exec(segment);
      out.set(segment, placeholder ? { ...fromEntry(entry, segment), insertText: `\${1:${placeholder[1]}}`, snippet: true } : fromEntry(entry, segment));
    } else {
      out.set(segment, { label: segment, insertText: segment, snippet: false, kind: "property", detail: `$${prefix}.${segment}.…`, documentation: `Fields under $${prefix}.${segment}.` });
    }
  }
  return [...out.values()];
}

export function velocityCompletions(before: string, context: VelocityContext): Suggestions | null {
  // Nothing to offer inside a ## line comment.
  if (before.slice(before.lastIndexOf("\n") + 1).includes("##")) return null;
  const member = MEMBER_ACCESS.exec(before);
  if (member) {
    const [, root, chain, partial] = member;
    const prefix = `${root}${chain}`;
    let items: Suggestion[];
    if (root === "stageVariables" && !chain) {
      items = context.stageVariables.map((name) => ({
        label: name,
        insertText: name,
        snippet: false,
        kind: "property" as const,
        detail: `$stageVariables.${name}`,
        documentation: "A stage variable of this API's stages.",
      }));
    } else if (prefix === "input.params()") {
      items = childrenOf(prefix, PARAMS_MAPS);
    } else {
      items = childrenOf(prefix.replace(/\(\)/g, ""), MEMBERS);
    }
    return { replace: partial.length, items };
  }
  const root = ROOT_ACCESS.exec(before);
  if (root) return { replace: (root[1] ?? "").length, items: ROOTS.map((entry) => fromEntry(entry, `$${entry.path}`)).map((s) => ({ ...s, label: s.label.slice(1) })) };
  const directive = DIRECTIVE_START.exec(before);
  if (directive) {
    return {
      replace: directive[1].length,
      items: DIRECTIVES.map((d) => ({ label: d.name, insertText: d.snippet, snippet: true, kind: "keyword" as const, detail: `#${d.name}`, documentation: d.description })),
    };
  }
  return null;
}

export interface HoverInfo {
  /** 1-based columns of the hovered part, end exclusive. */
  startColumn: number;
  endColumn: number;
  signature: string;
  description: string;
}

const REFERENCE = /\$!?\{?([A-Za-z]\w*)((?:\.[A-Za-z]\w*)*)/g;

/** What the reference segment under `column` (1-based) means, if it is one the catalog knows. */
export function velocityHover(line: string, column: number, context: VelocityContext): HoverInfo | null {
  const offset = column - 1;
  for (const match of line.matchAll(REFERENCE)) {
    const start = match.index;
    if (offset < start || offset > start + match[0].length) continue;
    const segments = [match[1], ...match[2].split(".").filter(Boolean)];
    // Find the segment under the cursor; the path runs from the root to it.
    let position = start + match[0].indexOf(match[1]);
    for (let i = 0; i < segments.length; i++) {
      const end = position + segments[i].length;
      if (offset <= end || i === segments.length - 1) {
        const path = segments.slice(0, i + 1).join(".");
        const info = describe(path, context);
        return info ? { startColumn: start + 1, endColumn: end + 1, ...info } : null;
      }
      position = end + 1;
    }
  }
  return null;
}

function describe(path: string, context: VelocityContext): { signature: string; description: string } | null {
  const root = ROOTS.find((entry) => entry.path === path);
  if (root) return { signature: root.signature, description: root.description };
  if (path.startsWith("stageVariables.")) {
    const name = path.slice("stageVariables.".length);
    return {
      signature: `$${path}`,
      description: context.stageVariables.includes(name) ? "A stage variable; each stage gives it its own value." : "No stage of this API defines this variable yet.",
    };
  }
  const exact = MEMBERS.find((entry) => entry.path === path);
  if (exact) return { signature: exact.signature, description: exact.description };
  // $context.authorizer.claims.email matches the documented placeholder authorizer.claims.{property}.
  const placeholder = MEMBERS.find((entry) => new RegExp(`^${entry.path.replace(/\./g, "\\.").replace(/\\\.\{\w+\}/g, "\\.\\w+")}$`).test(path));
  return placeholder ? { signature: placeholder.signature, description: placeholder.description } : null;
}
