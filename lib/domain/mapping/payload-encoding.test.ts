import { describe, expect, it } from "vitest";
import type { ContentHandling } from "../snapshot";
import { convertPayload, requestPayloadConversion, responsePayloadConversion, type PayloadConversion } from "./payload-encoding";

const BINARY_TYPES = ["image/png", "application/octet-stream"];
type Handling = ContentHandling | undefined;

// AWS "api-gateway-payload-encodings-workflow", request table, row by row.
const REQUEST_ROWS: [string, string, readonly string[], Handling, PayloadConversion][] = [
  ["text, any type, no binaryMediaTypes", "image/png", [], undefined, "text"],
  ["text, any type, no binaryMediaTypes", "image/png", [], "CONVERT_TO_BINARY", "base64-decode"],
  ["text, any type, no binaryMediaTypes", "image/png", [], "CONVERT_TO_TEXT", "text"],
  ["text type, binaryMediaTypes set", "application/json", BINARY_TYPES, undefined, "text"],
  ["text type, binaryMediaTypes set", "application/json", BINARY_TYPES, "CONVERT_TO_BINARY", "base64-decode"],
  ["text type, binaryMediaTypes set", "application/json", BINARY_TYPES, "CONVERT_TO_TEXT", "text"],
  ["binary type, binaryMediaTypes set", "image/png", BINARY_TYPES, undefined, "binary"],
  ["binary type, binaryMediaTypes set", "image/png", BINARY_TYPES, "CONVERT_TO_BINARY", "binary"],
  ["binary type, binaryMediaTypes set", "image/png", BINARY_TYPES, "CONVERT_TO_TEXT", "base64-encode"],
];

// Response table: integration payload type (backend Content-Type), client's Accept, contentHandling.
const RESPONSE_ROWS: [string, string, string, readonly string[], Handling, PayloadConversion][] = [
  ["text or binary, text Accept, no binaryMediaTypes", "image/png", "text/html", [], undefined, "text"],
  ["text or binary, text Accept, no binaryMediaTypes", "image/png", "text/html", [], "CONVERT_TO_BINARY", "base64-decode"],
  ["text or binary, text Accept, no binaryMediaTypes", "image/png", "text/html", [], "CONVERT_TO_TEXT", "text"],
  ["text, text Accept", "application/json", "application/json", BINARY_TYPES, undefined, "text"],
  ["text, text Accept", "application/json", "application/json", BINARY_TYPES, "CONVERT_TO_BINARY", "base64-decode"],
  ["text, text Accept", "application/json", "application/json", BINARY_TYPES, "CONVERT_TO_TEXT", "text"],
  ["text, binary Accept", "application/json", "image/png", BINARY_TYPES, undefined, "base64-decode"],
  ["text, binary Accept", "application/json", "image/png", BINARY_TYPES, "CONVERT_TO_BINARY", "base64-decode"],
  ["text, binary Accept", "application/json", "image/png", BINARY_TYPES, "CONVERT_TO_TEXT", "text"],
  ["binary, text Accept", "image/png", "application/json", BINARY_TYPES, undefined, "base64-encode"],
  ["binary, text Accept", "image/png", "application/json", BINARY_TYPES, "CONVERT_TO_BINARY", "binary"],
  ["binary, text Accept", "image/png", "application/json", BINARY_TYPES, "CONVERT_TO_TEXT", "base64-encode"],
  ["binary, binary Accept", "image/png", "image/png", BINARY_TYPES, undefined, "binary"],
  ["binary, binary Accept", "image/png", "image/png", BINARY_TYPES, "CONVERT_TO_BINARY", "binary"],
  ["binary, binary Accept", "image/png", "image/png", BINARY_TYPES, "CONVERT_TO_TEXT", "base64-encode"],
];

describe("requestPayloadConversion follows AWS's request table", () => {
  it.each(REQUEST_ROWS)("%s, %s, contentHandling %s", (_, contentType, types, handling, expected) => {
    expect(requestPayloadConversion(contentType, types, handling)).toBe(expected);
  });

  it("treats a body without Content-Type as text", () => {
    expect(requestPayloadConversion(undefined, ["*/*"], undefined)).toBe("text");
  });
});

describe("responsePayloadConversion follows AWS's response table", () => {
  it.each(RESPONSE_ROWS)("%s (%s, Accept %s), contentHandling %s", (_, contentType, accept, types, handling, expected) => {
    expect(responsePayloadConversion(contentType, accept, types, handling)).toBe(expected);
  });

  it("honours only the first Accept media type", () => {
    expect(responsePayloadConversion("image/jpeg", "image/webp,image/*,*/*;q=0.8", ["image/webp"], undefined)).toBe("base64-decode");
    expect(responsePayloadConversion("image/jpeg", "text/html,image/jpeg", ["image/jpeg"], undefined)).toBe("base64-encode");
  });

  it("reads a missing Accept header as a text type", () => {
    expect(responsePayloadConversion("image/png", undefined, BINARY_TYPES, undefined)).toBe("base64-encode");
  });
});

describe("binaryMediaTypes matching", () => {
  it("matches wildcard entries, ignores parameters and case, takes the header literally", () => {
    expect(requestPayloadConversion("IMAGE/PNG; q=1", ["image/*"], undefined)).toBe("binary");
    expect(requestPayloadConversion("text/plain", ["*/*"], undefined)).toBe("binary");
    expect(requestPayloadConversion("text/plain", ["image/*"], undefined)).toBe("text");
    expect(responsePayloadConversion("text/plain", "image/*", ["image/png"], undefined)).toBe("text");
    expect(responsePayloadConversion("text/plain", "*/*", ["*/*"], undefined)).toBe("binary");
  });

  it("ignores malformed media types on either side", () => {
    expect(requestPayloadConversion("png", ["*/*"], undefined)).toBe("text");
    expect(requestPayloadConversion("image/png", ["png", "image"], undefined)).toBe("text");
  });
});

describe("convertPayload", () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  const text = (value: string) => new TextEncoder().encode(value);

  it("passes bytes through unchanged for binary", () => {
    const body = bytes(0xff, 0x00, 0x80);
    const result = convertPayload(body, "binary");
    expect(result).toEqual({ ok: true, body });
  });

  it("keeps valid UTF-8 text as it is and replaces invalid sequences the way AWS mangles binaries", () => {
    const valid = text("héllo ✓");
    expect(convertPayload(valid, "text")).toEqual({ ok: true, body: valid });
    const mangled = convertPayload(bytes(0x89, 0x50, 0x4e, 0x47), "text");
    expect(mangled.ok && new TextDecoder().decode(mangled.body)).toBe("\uFFFDPNG");
  });

  it("base64-encodes binary and decodes base64 text", () => {
    const encoded = convertPayload(bytes(0xff, 0xd8, 0xff), "base64-encode");
    expect(encoded.ok && new TextDecoder().decode(encoded.body)).toBe("/9j/");
    expect(convertPayload(text("/9j/"), "base64-decode")).toEqual({ ok: true, body: bytes(0xff, 0xd8, 0xff) });
  });

  it("fails a base64 decode of text that is not base64 (AWS's 500)", () => {
    expect(convertPayload(text('{"not":"base64"}'), "base64-decode")).toEqual({ ok: false, reason: "not-base64" });
  });
});
