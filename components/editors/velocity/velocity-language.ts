/**
 * Monaco's tokenizer and editing rules for Velocity as API Gateway's mapping templates use it: directives,
 * references ($input.json('$')), ## and #* *# comments, strings inside directive and method arguments, and
 * the JSON text around them (double-quoted strings, numbers, brackets).
 */
import type { languages } from "monaco-editor";

export const VELOCITY_LANGUAGE_ID = "velocity";

export const velocityConfiguration: languages.LanguageConfiguration = {
  comments: { lineComment: "##", blockComment: ["#*", "*#"] },
  brackets: [
    ["{", "}"],
    ["[", "]"],
    ["(", ")"],
  ],
  autoClosingPairs: [
    { open: "{", close: "}" },
    { open: "[", close: "]" },
    { open: "(", close: ")" },
    { open: '"', close: '"', notIn: ["string"] },
    { open: "'", close: "'", notIn: ["string", "comment"] },
  ],
  surroundingPairs: [
    { open: "{", close: "}" },
    { open: "[", close: "]" },
    { open: "(", close: ")" },
    { open: '"', close: '"' },
    { open: "'", close: "'" },
  ],
  indentationRules: {
    increaseIndentPattern: /^\s*#\{?(if|elseif|else|foreach|macro|define)\b.*$|^.*[{[]\s*$/,
    decreaseIndentPattern: /^\s*(#\{?(end|else|elseif)\b|[}\]])/,
  },
};

export const velocityTokens: languages.IMonarchLanguage = {
  defaultToken: "",
  tokenPostfix: ".vtl",
  predefined: ["input", "util", "context", "stageVariables"],
  tokenizer: {
    root: [
      [/##.*$/, "comment"],
      [/#\*/, "comment", "@blockComment"],
      [/#\[\[/, "string.unparsed", "@unparsed"],
      [/\\[#$]/, "string.escape"],
      [/#\{?(if|elseif|foreach|set|macro|define|evaluate|parse|include)\}?(?=\s*\()/, "keyword.directive", "@directive"],
      [/#\{?(else|end|break|stop)\}?(?![A-Za-z0-9_])/, "keyword.directive"],
      { include: "@reference" },
      [/"/, "string", "@dqString"],
      [/[{}[\]()]/, "@brackets"],
      [/-?\d+(\.\d+)?([eE][+-]?\d+)?/, "number"],
      [/\b(true|false|null)\b/, "keyword.constant"],
    ],
    reference: [
      [/\$!?\{/, "variable.reference", "@bracedReference"],
      [/(\$!?)(input|util|context|stageVariables)\b/, ["variable.predefined", "variable.predefined"], "@member"],
      [/\$!?[A-Za-z][\w-]*/, "variable", "@member"],
    ],
    bracedReference: [
      [/\}/, "variable.reference", "@pop"],
      [/(input|util|context|stageVariables)\b/, "variable.predefined"],
      [/[A-Za-z][\w-]*/, "variable"],
      [/\./, "delimiter"],
      [/\(/, "delimiter.parenthesis", "@arguments"],
    ],
    member: [
      [/\.[A-Za-z][\w-]*(?=\s*\()/, "function"],
      [/\.[A-Za-z][\w-]*/, "variable.member"],
      [/\(/, "delimiter.parenthesis", "@arguments"],
      [/\[/, "delimiter.bracket", "@index"],
      [/./, { token: "@rematch", next: "@pop" }],
    ],
    directive: [[/\s*\(/, { token: "delimiter.parenthesis", switchTo: "@arguments" }]],
    arguments: [
      [/\)/, "delimiter.parenthesis", "@pop"],
      [/\(/, "delimiter.parenthesis", "@push"],
      { include: "@expression" },
    ],
    index: [
      [/\]/, "delimiter.bracket", "@pop"],
      { include: "@expression" },
    ],
    expression: [
      { include: "@reference" },
      [/"/, "string", "@dqString"],
      [/'/, "string", "@sqString"],
      [/-?\d+(\.\d+)?/, "number"],
      [/\b(true|false|null|in|and|or|not|eq|ne|lt|gt|le|ge)\b/, "keyword"],
      [/[=!<>]=?|&&|\|\||[+\-*/%]/, "operator"],
      [/[[\]{}]/, "@brackets"],
      [/,/, "delimiter"],
    ],
    dqString: [
      [/[^"$\\]+/, "string"],
      [/\\./, "string.escape"],
      { include: "@reference" },
      [/\$/, "string"],
      [/"/, "string", "@pop"],
    ],
    sqString: [
      [/[^'\\]+/, "string"],
      [/\\./, "string.escape"],
      [/'/, "string", "@pop"],
    ],
    blockComment: [
      [/\*#/, "comment", "@pop"],
      [/[^*]+/, "comment"],
      [/\*/, "comment"],
    ],
    unparsed: [
      [/\]\]#/, "string.unparsed", "@pop"],
      [/[^\]]+/, "string.unparsed"],
      [/\]/, "string.unparsed"],
    ],
  },
};
