/** API key values: generated like AWS's (40 of [A-Za-z0-9]), stored with their SHA-256, shown masked. */
import { createHash, randomInt } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export function generateApiKeyValue(): string {
  let value = "";
  // randomInt is uniform over the alphabet (no modulo bias).
  for (let i = 0; i < 40; i++) value += ALPHABET[randomInt(ALPHABET.length)];
  return value;
}

/** Hex SHA-256: what runtimes match x-api-key against, and what keeps two keys from sharing a value. */
export function apiKeyValueSha256(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}

/** The last four characters only, so a list can tell keys apart without showing them. */
export function maskApiKeyValue(value: string): string {
  return `••••••••${value.slice(-4)}`;
}
