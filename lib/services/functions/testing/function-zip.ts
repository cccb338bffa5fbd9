/** Test helper: a real deployment package (zip) from file texts, as a developer would upload it. */
import { strToU8, zipSync } from "fflate";

export function functionZip(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])));
}

export const HELLO_HANDLER = `exports.handler = async (event) => ({ hello: event.name ?? "world" });\n`;
