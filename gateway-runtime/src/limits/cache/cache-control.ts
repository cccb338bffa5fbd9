/**
 * AWS's cache invalidation request: the client sends `Cache-Control: max-age=0` (api-gateway-caching.html,
 * "Invalidate an API Gateway cache entry"). Read from the raw headers: no header object is built for it.
 */

const NAME = "cache-control";

export function asksToInvalidate(raw: readonly string[]): boolean {
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i].length === NAME.length && raw[i].toLowerCase() === NAME && hasMaxAgeZero(raw[i + 1])) return true;
  }
  return false;
}

function hasMaxAgeZero(value: string): boolean {
  for (const directive of value.split(",")) {
    if (directive.trim().toLowerCase() === "max-age=0") return true;
  }
  return false;
}
