/** HTTP_PROXY's data trace: bodies stream through untouched, so their first 1 KB is logged once it has passed. */
import type { Readable } from "node:stream";
import type { Exchange } from "../pipeline/exchange";
import { logMethodRequestBody } from "../telemetry/execution-log-lines";
import { BodyHead, capturing } from "./body-capture";

/** Logs a body that has passed (or an empty one); returns null, the body to forward when there is none. */
export function logRequestBody(ex: Exchange, body: Buffer): null {
  logMethodRequestBody(ex, body);
  ex.exec?.body("Endpoint request body after transformations", body);
  return null;
}

export function captureRequestBody(ex: Exchange, body: Readable): Readable {
  const head = new BodyHead();
  return capturing(body, head, () => logRequestBody(ex, head.bytes()));
}

/** Flat [name, value, ...] from undici's parsed headers (when it exposed no raw list). */
export function headersOf(headers: Record<string, string | string[] | undefined>): string[] {
  const flat: string[] = [];
  for (const name in headers) {
    const value = headers[name];
    if (Array.isArray(value)) for (const item of value) flat.push(name, item);
    else if (value !== undefined) flat.push(name, value);
  }
  return flat;
}
