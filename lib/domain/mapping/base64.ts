/**
 * Base64 without Buffer (lib/domain stays runtime-neutral), for AWS's CONVERT_TO_TEXT / CONVERT_TO_BINARY
 * content handling and $util.base64Encode/Decode.
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const ENCODE = new Uint8Array(64);
const DECODE = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  ENCODE[i] = ALPHABET.charCodeAt(i);
  DECODE[ALPHABET.charCodeAt(i)] = i;
}
const PAD = 61; // "="

/** Standard alphabet, padded. */
export function encodeBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out[o++] = ENCODE[n >> 18];
    out[o++] = ENCODE[(n >> 12) & 63];
    out[o++] = ENCODE[(n >> 6) & 63];
    out[o++] = ENCODE[n & 63];
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i] << 16) | (rest === 2 ? bytes[i + 1] << 8 : 0);
    out[o++] = ENCODE[n >> 18];
    out[o++] = ENCODE[(n >> 12) & 63];
    out[o++] = rest === 2 ? ENCODE[(n >> 6) & 63] : PAD;
    out[o++] = PAD;
  }
  return new TextDecoder("latin1").decode(out);
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * Standard alphabet; padding optional; ASCII whitespace (line breaks of MIME-wrapped text) ignored. Anything
 * else (URL-safe `-`/`_`, stray `=`, a dangling single character) is not base64: null, which AWS answers with
 * a 500 configuration error.
 */
export function decodeBase64(text: string | Uint8Array): Uint8Array | null {
  const input = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const out = new Uint8Array(Math.floor((input.length * 3) / 4) + 3);
  let o = 0;
  let quad = 0;
  let count = 0;
  let padding = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input[i];
    if (isWhitespace(code)) continue;
    if (code === PAD) {
      padding++;
      continue;
    }
    // Data after padding means two values were glued together, or garbage.
    if (padding > 0) return null;
    const value = DECODE[code];
    if (value < 0) return null;
    quad = (quad << 6) | value;
    if (++count === 4) {
      out[o++] = quad >> 16;
      out[o++] = (quad >> 8) & 255;
      out[o++] = quad & 255;
      quad = 0;
      count = 0;
    }
  }
  if (count === 1) return null;
  if (padding > 0 && (count === 0 || count + padding !== 4)) return null;
  if (count === 2) out[o++] = quad >> 4;
  if (count === 3) {
    out[o++] = quad >> 10;
    out[o++] = (quad >> 2) & 255;
  }
  return out.slice(0, o);
}
