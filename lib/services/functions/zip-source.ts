/**
 * The console's inline code editing, like the Lambda console's: one file of the Zip deployment package (the
 * handler's module) is shown as text, and saving rebuilds the package with that file replaced and every other
 * file kept, then runs UpdateFunctionCode. Pure zip helpers first, the two use cases at the end.
 */
import { strToU8, zipSync } from "fflate";
import type { FunctionVersionView } from "../../domain/functions/views";
import { unzipFiles } from "./function-code";
import { readFunctionRef } from "./function-ref";
import { getFunctionCodeBySha256 } from "./get-function-code";
import { getFunctionOrThrow } from "./get-function";
import { invalidParameter, isLambdaError, LambdaError } from "./lambda-error";
import { updateFunctionCode } from "./update-function-code";

// The Lambda console stops offering its inline editor at 3 MB; a bundled file that large is not hand-edited.
export const MAX_EDITABLE_BYTES = 3_145_728;

// A fixed timestamp makes the package a function of its files alone: saving unchanged text gives the same
// CodeSha256, so PublishVersion still sees "nothing changed". (DOS dates start in 1980.)
const FIXED_MTIME = new Date(1980, 0, 1);

/** "src/app.routes.main" -> module "src/app", export path ["routes", "main"] (the runtime's split, load-handler.mjs). */
export function handlerLocation(handler: string): { modulePath: string; exportPath: string[] } {
  const slash = handler.lastIndexOf("/");
  const base = handler.slice(slash + 1);
  const dot = base.indexOf(".");
  const moduleName = dot < 0 ? base : base.slice(0, dot);
  const exportPath = dot < 0 ? [] : base.slice(dot + 1).split(".");
  return { modulePath: handler.slice(0, slash + 1) + moduleName, exportPath };
}

/** The files the Node.js runtime tries for a handler, in its order: as named, .js, .mjs, .cjs. */
export function handlerFileCandidates(handler: string): string[] {
  const { modulePath } = handlerLocation(handler);
  return [modulePath, `${modulePath}.js`, `${modulePath}.mjs`, `${modulePath}.cjs`];
}

/** The file the runtime would load for this handler; when the package has none, a new ES module beside it. */
export function pickHandlerFile(paths: readonly string[], handler: string): { path: string; exists: boolean } {
  const present = new Set(paths);
  const found = handlerFileCandidates(handler).find((candidate) => present.has(candidate));
  return found ? { path: found, exists: true } : { path: `${handlerLocation(handler).modulePath}.mjs`, exists: false };
}

/** The file as text, or null when it is not UTF-8 (a binary cannot be edited as code). */
export function decodeSource(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A package path the editor may write: relative, "/"-separated, without "." or ".." parts. */
export function isSafePackagePath(path: string): boolean {
  if (!path || path.startsWith("/") || path.includes("\\") || path.endsWith("/")) return false;
  return path.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}

/** The package with `path` set to `text`; other files keep their bytes and order, a new file goes last. */
export function replacePackageFile(zip: Uint8Array, path: string, text: string): Uint8Array {
  const files = unzipFiles(zip);
  const next: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(files)) next[name] = name === path ? strToU8(text) : bytes;
  if (!(path in files)) next[path] = strToU8(text);
  return zipPackage(next);
}

export function zipPackage(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(files, { level: 6, mtime: FIXED_MTIME });
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A starter module exporting the handler's name, answering as an API Gateway proxy integration expects. */
export function starterSource(handler: string): { path: string; text: string } {
  const { modulePath, exportPath } = handlerLocation(handler);
  const [exportName = "handler", ...nested] = exportPath;
  let value = `async (event, context) => ({\n  statusCode: 200,\n  body: JSON.stringify({ hello: "world" }),\n})`;
  for (const key of [...nested].reverse()) value = `{ ${IDENTIFIER.test(key) ? key : JSON.stringify(key)}: ${value} }`;
  // Arbitrary export names ("my-handler") are legal ES2022 module syntax, as long as they are quoted.
  const text = IDENTIFIER.test(exportName)
    ? `export const ${exportName} = ${value};\n`
    : `const exported = ${value};\n\nexport { exported as ${JSON.stringify(exportName)} };\n`;
  return { path: `${modulePath}.mjs`, text };
}

export function starterZip(handler: string): Uint8Array {
  const { path, text } = starterSource(handler);
  return zipPackage({ [path]: strToU8(text) });
}

export interface FunctionSourceView {
  functionName: string;
  handler: string;
  /** The file shown in the editor (the handler's module). */
  path: string;
  /** Its text; "" for a file that does not exist yet, null when it cannot be edited (see `reason`). */
  source: string | null;
  exists: boolean;
  reason?: string;
  /** The package the text was read from: saving is refused once $LATEST has other code. */
  codeSha256: string;
  files: { path: string; size: number }[];
}

/** $LATEST's handler file, read out of its stored package. */
export async function getFunctionSource(functionName: string): Promise<FunctionSourceView> {
  const { name } = readFunctionRef(functionName);
  const { view } = await getFunctionOrThrow(name);
  const zip = await getFunctionCodeBySha256(view.codeSha256);
  if (!zip) throw codeChanged(); // $LATEST's code was replaced between the two reads
  const files = unzipFiles(zip);
  const picked = pickHandlerFile(Object.keys(files), view.handler);
  const base = {
    functionName: view.functionName,
    handler: view.handler,
    path: picked.path,
    exists: picked.exists,
    codeSha256: view.codeSha256,
    files: Object.entries(files).map(([path, bytes]) => ({ path, size: bytes.byteLength })),
  };
  if (!picked.exists) return { ...base, source: "" };
  const bytes = files[picked.path];
  if (bytes.byteLength > MAX_EDITABLE_BYTES) {
    return { ...base, source: null, reason: `${picked.path} is larger than 3 MB; upload the package with the Lambda API instead.` };
  }
  const source = decodeSource(bytes);
  return source === null ? { ...base, source, reason: `${picked.path} is not UTF-8 text.` } : { ...base, source };
}

/** Saves the edited file into $LATEST's package (UpdateFunctionCode), if the package is still the one edited. */
export async function updateFunctionSource(
  functionName: string,
  input: { path: string; source: string; codeSha256: string },
): Promise<FunctionVersionView> {
  const { name } = readFunctionRef(functionName);
  if (!isSafePackagePath(input.path)) throw invalidParameter(`Cannot write ${JSON.stringify(input.path)} into the package.`);
  const { view } = await getFunctionOrThrow(name);
  if (view.codeSha256 !== input.codeSha256) throw codeChanged();
  const zip = await getFunctionCodeBySha256(view.codeSha256);
  if (!zip) throw codeChanged();
  try {
    // The RevisionId read above guards the write: a change in between makes UpdateFunctionCode refuse.
    return await updateFunctionCode(name, { zipFile: replacePackageFile(zip, input.path, input.source), revisionId: view.revisionId });
  } catch (error) {
    if (isLambdaError(error) && error.type === "PreconditionFailedException") throw codeChanged();
    throw error;
  }
}

const codeChanged = () =>
  new LambdaError("PreconditionFailedException", "The function changed since the editor loaded its code. Reload the code, then apply your edit again.");
