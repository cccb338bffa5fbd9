/** Reads AWS Signature Version 4's Authorization header and x-amz-date, with AWS's texts for malformed ones. */
import { incompleteSignature, invalidSignature } from "../wire-error";

export interface SigV4Authorization {
  accessKeyId: string;
  /** Credential scope parts: YYYYMMDD, region, service. */
  scopeDate: string;
  region: string;
  service: string;
  /** Lower-case names, in the order the client listed them. */
  signedHeaders: string[];
  signature: string;
}

const ALGORITHM = "AWS4-HMAC-SHA256";

export function parseAuthorization(header: string): SigV4Authorization {
  if (!header.startsWith(`${ALGORITHM} `)) {
    throw incompleteSignature(`Authorization header requires the ${ALGORITHM} algorithm. Authorization=${header.split(" ")[0]}`);
  }
  const fields = new Map<string, string>();
  for (const part of header.slice(ALGORITHM.length).split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const missing = ["Credential", "SignedHeaders", "Signature"].filter((name) => !fields.get(name));
  if (missing.length) {
    throw incompleteSignature(missing.map((name) => `Authorization header requires '${name}' parameter.`).join(" "));
  }
  const credential = fields.get("Credential") ?? "";
  // Access key ids never contain "/", so the last four parts are always the scope.
  const parts = credential.split("/");
  if (parts.length < 5) throw incompleteSignature(`Credential should have at least 5 slash-separated parts: ${credential}`);
  const [terminator, service, region, scopeDate] = parts.splice(-4).reverse();
  if (terminator !== "aws4_request") {
    throw incompleteSignature(`Credential should be scoped with a valid terminator: 'aws4_request', not '${terminator}'.`);
  }
  return {
    accessKeyId: parts.join("/"),
    scopeDate,
    region,
    service,
    signedHeaders: (fields.get("SignedHeaders") ?? "").split(";").map((name) => name.trim().toLowerCase()),
    signature: (fields.get("Signature") ?? "").toLowerCase(),
  };
}

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** "20240131T235959Z" -> Date; AWS's IncompleteSignature text when the header is absent or malformed. */
export function parseAmzDate(value: string): Date {
  if (!value) throw incompleteSignature("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
  const match = AMZ_DATE.exec(value);
  if (!match) throw invalidSignature(`Date must be in ISO-8601 'basic format'. Got '${value}'. See http://en.wikipedia.org/wiki/ISO_8601`);
  const [, y, mo, d, h, mi, s] = match.map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

export function formatAmzDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}
