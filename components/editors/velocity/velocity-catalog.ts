/**
 * What API Gateway's mapping templates offer (AWS's "mapping template and access logging variable reference"):
 * $input, $util, $context (from lib/domain's CONTEXT_VARIABLES), $stageVariables and Velocity's directives.
 * Pure data for the editor's completions and hovers.
 */
import { CONTEXT_VARIABLES } from "@/lib/domain/vtl/context-variables";

export interface CatalogEntry {
  /** Path from the root variable, e.g. "input.json" or "context.identity.sourceIp". */
  path: string;
  /** How it is written, e.g. `$input.json(x)`. */
  signature: string;
  description: string;
  /** Text to insert for the last segment (snippet syntax when `snippet`). */
  insert: string;
  snippet: boolean;
  kind: "function" | "property" | "variable";
}

const fn = (path: string, args: string, description: string, insertArgs = "($1)"): CatalogEntry => ({
  path,
  signature: `$${path}(${args})`,
  description,
  insert: `${path.slice(path.lastIndexOf(".") + 1)}${insertArgs}`,
  snippet: true,
  kind: "function",
});
const prop = (path: string, description: string): CatalogEntry => ({
  path,
  signature: `$${path}`,
  description,
  insert: path.slice(path.lastIndexOf(".") + 1),
  snippet: false,
  kind: "property",
});

export const ROOTS: readonly CatalogEntry[] = [
  { path: "input", signature: "$input", description: "The method request: its payload and parameters.", insert: "input", snippet: false, kind: "variable" },
  { path: "util", signature: "$util", description: "Helper functions for escaping, encoding and parsing.", insert: "util", snippet: false, kind: "variable" },
  { path: "context", signature: "$context", description: "The request context: ids, identity, stage, error details and overrides.", insert: "context", snippet: false, kind: "variable" },
  { path: "stageVariables", signature: "$stageVariables", description: "Variables of the stage serving the request.", insert: "stageVariables", snippet: false, kind: "variable" },
];

const QUOTED = "('${1:\\$}')";

export const MEMBERS: readonly CatalogEntry[] = [
  prop("input.body", "The raw request payload as a string."),
  fn("input.json", "x", "Evaluates the JSONPath x on the payload and returns the result as a JSON string: `$input.json('$.pets')`.", QUOTED),
  fn("input.path", "x", "Evaluates the JSONPath x on the payload and returns an object you can walk in the template: `$input.path('$').size()`.", QUOTED),
  fn("input.params", "x", "`$input.params()` is the map of all parameters (path, querystring, header); `$input.params('x')` the value of x, searched in the path, then the query string, then the headers.", "('${1:name}')"),
  fn("util.escapeJavaScript", "s", "Escapes s with JavaScript string rules (quotes become \\\", ...). Single quotes are escaped too."),
  fn("util.parseJson", "s", "Parses the JSON text s into an object the template can walk."),
  fn("util.urlEncode", "s", "URL-encodes s (application/x-www-form-urlencoded)."),
  fn("util.urlDecode", "s", "Decodes an application/x-www-form-urlencoded string."),
  fn("util.base64Encode", "s", "Encodes s in base64."),
  fn("util.base64Decode", "s", "Decodes the base64 text s."),
  ...CONTEXT_VARIABLES.filter((v) => v.templates).map((v) => prop(`context.${v.name}`, v.description)),
];

export const PARAMS_MAPS: readonly CatalogEntry[] = [
  prop("input.params().header", "Map of the request headers."),
  prop("input.params().querystring", "Map of the query string parameters."),
  prop("input.params().path", "Map of the path parameters."),
];

export interface DirectiveEntry {
  name: string;
  snippet: string;
  description: string;
}

export const DIRECTIVES: readonly DirectiveEntry[] = [
  { name: "if", snippet: "if(${1:\\$condition})\n\t$0\n#end", description: "Renders its body when the condition holds; close with #end." },
  { name: "elseif", snippet: "elseif(${1:\\$condition})", description: "Another branch of an #if." },
  { name: "else", snippet: "else", description: "The branch of an #if taken when no condition held." },
  { name: "end", snippet: "end", description: "Closes #if, #foreach, #macro or #define." },
  {
    name: "foreach",
    snippet: "foreach(${1:\\$item} in ${2:\\$list})\n\t$0#if(\\$foreach.hasNext),#end\n#end",
    description: "Repeats its body for each element (at most 1,000 iterations on API Gateway); $foreach.hasNext and $foreach.index help with separators.",
  },
  { name: "set", snippet: "set(${1:\\$name} = ${2:value})", description: "Assigns a variable. `#set($context.responseOverride.status = 400)` overrides the status." },
  { name: "break", snippet: "break", description: "Leaves the innermost #foreach." },
  { name: "stop", snippet: "stop", description: "Stops rendering the template." },
  { name: "define", snippet: "define(${1:\\$block})\n\t$0\n#end", description: "Names a block of template text to render later as a reference." },
  { name: "macro", snippet: "macro(${1:name} ${2:\\$arg})\n\t$0\n#end", description: "Declares a macro, called as #name(...)." },
];
