/**
 * AWS's content type conversions ("api-gateway-payload-encodings-workflow"): binaryMediaTypes, the request's
 * Content-Type (requests) or first Accept type (responses) and contentHandling decide whether a non-proxy
 * payload is treated as UTF-8 text, passed as bytes, or base64-encoded/decoded on its way through.
 */
import type { ContentHandling } from "../snapshot";
import { decodeBase64, encodeBase64 } from "./base64";
import { firstAcceptMediaType, isBinaryMediaType } from "./media-types";

export type PayloadConversion =
  /** Treated as a UTF-8 string: invalid UTF-8 comes out as U+FFFD, which is how AWS mangles unlisted binaries. */
  | "text"
  /** Bytes pass unchanged. */
  | "binary"
  /** Bytes become their base64 text (CONVERT_TO_TEXT of a binary payload). */
  | "base64-encode"
  /** Base64 text becomes bytes (CONVERT_TO_BINARY of a text payload); not base64 -> 500. */
  | "base64-decode";

/**
 * Request table: the payload is binary when its Content-Type is in binaryMediaTypes.
 * Text: CONVERT_TO_BINARY decodes base64, otherwise text. Binary: CONVERT_TO_TEXT encodes, otherwise bytes.
 */
export function requestPayloadConversion(
  contentType: string | undefined,
  binaryMediaTypes: readonly string[],
  contentHandling: ContentHandling | undefined,
): PayloadConversion {
  if (isBinaryMediaType(contentType, binaryMediaTypes)) {
    return contentHandling === "CONVERT_TO_TEXT" ? "base64-encode" : "binary";
  }
  return contentHandling === "CONVERT_TO_BINARY" ? "base64-decode" : "text";
}

/**
 * Response table: the integration payload is binary when the backend's Content-Type is in binaryMediaTypes;
 * the client wants binary when its first Accept type is. Without contentHandling the Accept side decides
 * (text payload + binary Accept -> base64-decoded; binary payload + text Accept -> base64-encoded);
 * CONVERT_TO_BINARY yields bytes and CONVERT_TO_TEXT yields text whatever the Accept header says.
 */
export function responsePayloadConversion(
  responseContentType: string | undefined,
  accept: string | undefined,
  binaryMediaTypes: readonly string[],
  contentHandling: ContentHandling | undefined,
): PayloadConversion {
  const binaryPayload = isBinaryMediaType(responseContentType, binaryMediaTypes);
  const wantsBinary =
    contentHandling === "CONVERT_TO_BINARY" ||
    (contentHandling === undefined && isBinaryMediaType(firstAcceptMediaType(accept), binaryMediaTypes));
  if (binaryPayload) return wantsBinary ? "binary" : "base64-encode";
  return wantsBinary ? "base64-decode" : "text";
}

export type ConvertedPayload = { ok: true; body: Uint8Array } | { ok: false; reason: "not-base64" };

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const LOOSE_UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** Applies a conversion. A failed base64 decode is AWS's 500 (API_CONFIGURATION_ERROR). */
export function convertPayload(body: Uint8Array, conversion: PayloadConversion): ConvertedPayload {
  switch (conversion) {
    case "binary":
      return { ok: true, body };
    case "text":
      return { ok: true, body: asUtf8Text(body) };
    case "base64-encode":
      return { ok: true, body: new TextEncoder().encode(encodeBase64(body)) };
    case "base64-decode": {
      const decoded = decodeBase64(body);
      return decoded ? { ok: true, body: decoded } : { ok: false, reason: "not-base64" };
    }
  }
}

/** Valid UTF-8 stays as it is (no copy); anything else is decoded with replacement characters. */
function asUtf8Text(body: Uint8Array): Uint8Array {
  try {
    STRICT_UTF8.decode(body);
    return body;
  } catch {
    return new TextEncoder().encode(LOOSE_UTF8.decode(body));
  }
}
