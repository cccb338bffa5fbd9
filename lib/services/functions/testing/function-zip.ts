/** Test helper: a real deployment package (zip) from file texts, as a developer would upload it. */
import { strToU8, zipSync } from "fflate";

// A fixed entry time makes the same files give the same bytes (and CodeSha256) whenever a test builds them;
// with fflate's default (now) two builds a couple of seconds apart differ.
const FIXED_MTIME = new Date("2026-01-01T00:00:00Z");

export function functionZip(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])), { mtime: FIXED_MTIME });
}

export const HELLO_HANDLER = `exports.handler = async (event) => ({ hello: event.name ?? "world" });\n`;
