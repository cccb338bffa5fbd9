/** Identifier shapes as AWS API Gateway writes them. */

/** 10 lowercase alphanumerics: REST API, resource and deployment ids. */
export const AWS_ID = /^[a-z0-9]{10}$/;

/** Stage names: letters, digits, hyphen and underscore, at most 128 characters (AWS's limit). */
export const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Turns random bytes into an AWS-style id; the caller supplies the randomness (domain code does no I/O). */
export function awsIdFromBytes(bytes: Uint8Array, length = 10): string {
  let id = "";
  for (let i = 0; i < length; i++) id += ALPHABET[bytes[i % bytes.length] % ALPHABET.length];
  return id;
}
