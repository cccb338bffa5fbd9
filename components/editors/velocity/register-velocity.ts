/**
 * Registers the Velocity mode with a Monaco instance once: tokens, completions, hovers, folding of
 * #if/#foreach blocks, and syntax markers from the same parser the gateway runtime uses. Per-editor context
 * (the API's stage variable names) is looked up by model URI, since Monaco's providers are global.
 */
import type { Monaco } from "@monaco-editor/react";
import type { editor as MonacoEditor, IDisposable, Position } from "monaco-editor";
import { compileTemplate } from "@/lib/domain/vtl";
import { velocityCompletions, velocityHover, type VelocityContext } from "./velocity-assist";
import { blockAt, scanBlocks } from "./velocity-blocks";
import { VELOCITY_LANGUAGE_ID, velocityConfiguration, velocityTokens } from "./velocity-language";

const contexts = new Map<string, VelocityContext>();
const EMPTY: VelocityContext = { stageVariables: [] };
let registered = false;

export function setVelocityContext(modelUri: string, context: VelocityContext | undefined): void {
  if (context) contexts.set(modelUri, context);
  else contexts.delete(modelUri);
}

export function registerVelocity(monaco: Monaco): void {
  if (registered) return;
  registered = true;
  monaco.languages.register({ id: VELOCITY_LANGUAGE_ID, aliases: ["Velocity", "VTL"] });
  monaco.languages.setLanguageConfiguration(VELOCITY_LANGUAGE_ID, velocityConfiguration);
  monaco.languages.setMonarchTokensProvider(VELOCITY_LANGUAGE_ID, velocityTokens);
  const kinds = {
    function: monaco.languages.CompletionItemKind.Function,
    property: monaco.languages.CompletionItemKind.Property,
    variable: monaco.languages.CompletionItemKind.Variable,
    keyword: monaco.languages.CompletionItemKind.Keyword,
  };
  monaco.languages.registerCompletionItemProvider(VELOCITY_LANGUAGE_ID, {
    triggerCharacters: ["$", ".", "#"],
    provideCompletionItems(model: MonacoEditor.ITextModel, position: Position) {
      const before = model.getValueInRange({ startLineNumber: 1, startColumn: 1, endLineNumber: position.lineNumber, endColumn: position.column });
      const result = velocityCompletions(before, contexts.get(model.uri.toString()) ?? EMPTY);
      if (!result) return { suggestions: [] };
      const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: position.column - result.replace, endColumn: position.column };
      return {
        suggestions: result.items.map((item) => ({
          label: item.label,
          kind: kinds[item.kind],
          insertText: item.insertText,
          insertTextRules: item.snippet ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
          detail: item.detail,
          documentation: { value: item.documentation },
          range,
        })),
      };
    },
  });
  monaco.languages.registerHoverProvider(VELOCITY_LANGUAGE_ID, {
    provideHover(model: MonacoEditor.ITextModel, position: Position) {
      const hover = velocityHover(model.getLineContent(position.lineNumber), position.column, contexts.get(model.uri.toString()) ?? EMPTY);
      if (!hover) return null;
      return {
        range: { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: hover.startColumn, endColumn: hover.endColumn },
        contents: [{ value: `\`${hover.signature}\`` }, { value: hover.description }],
      };
    },
  });
  monaco.languages.registerFoldingRangeProvider(VELOCITY_LANGUAGE_ID, {
    provideFoldingRanges(model: MonacoEditor.ITextModel) {
      return scanBlocks(model.getValue()).blocks.flatMap((block) => {
        const start = model.getPositionAt(block.parts[0].start).lineNumber;
        const end = model.getPositionAt(block.parts[block.parts.length - 1].start).lineNumber - 1;
        return end > start ? [{ start, end }] : [];
      });
    },
  });
  injectStyles();
}

/** Markers for syntax errors and unbalanced blocks, and highlighting of the block under the cursor. */
export function attachVelocityEditor(monaco: Monaco, editor: MonacoEditor.IStandaloneCodeEditor): IDisposable {
  const decorations = editor.createDecorationsCollection();
  const validate = () => {
    const model = editor.getModel();
    if (!model) return;
    const source = model.getValue();
    const markers: MonacoEditor.IMarkerData[] = [];
    const scan = scanBlocks(source);
    for (const token of scan.unmatched) {
      const start = model.getPositionAt(token.start);
      const end = model.getPositionAt(token.end);
      markers.push({
        severity: monaco.MarkerSeverity.Error,
        message: token.name === "end" ? "#end without an #if, #foreach, #macro or #define to close." : token.name === "else" || token.name === "elseif" ? `#${token.name} outside an #if.` : `#${token.name} is never closed with #end.`,
        startLineNumber: start.lineNumber,
        startColumn: start.column,
        endLineNumber: end.lineNumber,
        endColumn: end.column,
      });
    }
    if (!markers.length) {
      const compiled = compileTemplate(source);
      if (!compiled.ok) {
        const line = compiled.error.line ?? 1;
        const column = compiled.error.column ?? 1;
        markers.push({ severity: monaco.MarkerSeverity.Error, message: compiled.error.message, startLineNumber: line, startColumn: column, endLineNumber: line, endColumn: column + 1 });
      }
    }
    monaco.editor.setModelMarkers(model, "velocity", markers);
  };
  const highlight = () => {
    const model = editor.getModel();
    const position = editor.getPosition();
    if (!model || !position) return;
    const block = blockAt(scanBlocks(model.getValue()), model.getOffsetAt(position));
    decorations.set(
      (block?.parts ?? []).map((part) => {
        const start = model.getPositionAt(part.start);
        const end = model.getPositionAt(part.end);
        return {
          range: { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column },
          options: { inlineClassName: "portico-vtl-block-match" },
        };
      }),
    );
  };
  validate();
  const subscriptions = [editor.onDidChangeModelContent(() => (validate(), highlight())), editor.onDidChangeCursorPosition(highlight)];
  return { dispose: () => subscriptions.forEach((s) => s.dispose()) };
}

function injectStyles(): void {
  if (typeof document === "undefined" || document.getElementById("portico-vtl-styles")) return;
  const style = document.createElement("style");
  style.id = "portico-vtl-styles";
  // The partner directives of the block under the cursor, like Monaco's own bracket-match box.
  style.textContent = ".portico-vtl-block-match{outline:1px solid #9ca3af;background:rgba(99,102,241,.12);border-radius:2px}";
  document.head.appendChild(style);
}
