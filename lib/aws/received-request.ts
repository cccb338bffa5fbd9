/**
 * The request exactly as it arrived: SigV4 is computed over the path as sent (with its percent-encoding), the
 * query, the signed headers and the body bytes, so nothing here is normalised beyond what the URL parser does.
 */
export interface ReceivedRequest {
  method: string;
  /** Path as sent, still percent-encoded: "/restapis/abc/resources". */
  rawPath: string;
  /** Query parameters, decoded; repeated keys keep every value in order. */
  query: Record<string, string[]>;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: Uint8Array;
}

export async function readReceivedRequest(request: Request): Promise<ReceivedRequest> {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  return {
    method: request.method.toUpperCase(),
    rawPath: url.pathname,
    query: parseRawQuery(url.search),
    headers,
    body: new Uint8Array(await request.arrayBuffer()),
  };
}

/**
 * Splits "?a=1&b=x%20y" into decoded values. `+` stays a plus: SigV4 clients send spaces as %20, and the
 * signature is computed over the decoded value re-encoded the SigV4 way, which a `+`-as-space reading would break.
 */
export function parseRawQuery(search: string): Record<string, string[]> {
  const query: Record<string, string[]> = {};
  const text = search.startsWith("?") ? search.slice(1) : search;
  for (const pair of text.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const key = safeDecode(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? "" : safeDecode(pair.slice(eq + 1));
    (query[key] ??= []).push(value);
  }
  return query;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
