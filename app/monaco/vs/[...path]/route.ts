// GET /monaco/vs/...: Monaco's prebuilt editor (monaco-editor/min/vs) served from our own installation.
// Serving the published build instead of bundling it keeps `next build` fast (bundling Monaco cost minutes here)
// and still never touches a CDN.
import { readFile } from "node:fs/promises";
import path from "node:path";

const ROOT = path.join(process.cwd(), "node_modules", "monaco-editor", "min", "vs");
const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".ttf": "font/ttf",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

export async function GET(_request: Request, context: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const parts = (await context.params).path;
  const file = path.resolve(ROOT, ...parts);
  // Only files inside monaco-editor/min/vs, whatever the URL says.
  if (!file.startsWith(ROOT + path.sep) || !TYPES[path.extname(file)]) return new Response("Not found", { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(body, {
      headers: { "content-type": TYPES[path.extname(file)], "cache-control": "public, max-age=86400" },
    });
  } catch {
    return new Response("Not found", { status: 404 });
  }
}
