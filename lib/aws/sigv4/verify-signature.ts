/**
 * Verifies AWS Signature Version 4 the way AWS does: recompute the signature with the caller's secret over the
 * request as received (method, encoded path, query, the signed headers only, body hash) and compare.
 * The signing itself is @smithy/signature-v4, the same code the AWS SDK signs with.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { ReceivedRequest } from "../received-request";
import { invalidSignature, missingAuthenticationToken, unrecognizedClient } from "../wire-error";
import { formatAmzDate, parseAmzDate, parseAuthorization } from "./parse-authorization";

export type SecretLookup = (accessKeyId: string) => Promise<string | null>;

export const SIGNING_SERVICE = "apigateway";
/** AWS Lambda's API (/2015-03-31/...) is signed for "lambda" with the same keys and clock rules. */
export const LAMBDA_SIGNING_SERVICE = "lambda";
// AWS accepts a request signed up to 15 minutes before or after its own clock.
const CLOCK_SKEW_MS = 15 * 60 * 1000;

/**
 * Returns the caller's access key id; throws a WireError with AWS's type and text otherwise.
 * `service` is the credential-scope service the route expects (API Gateway's by default).
 */
export async function verifySignature(
  request: ReceivedRequest,
  lookupSecret: SecretLookup,
  now: Date,
  service: string = SIGNING_SERVICE,
): Promise<string> {
  const header = request.headers["authorization"];
  if (!header) throw missingAuthenticationToken();
  const auth = parseAuthorization(header);
  const amzDate = request.headers["x-amz-date"] ?? "";
  const signedAt = parseAmzDate(amzDate);
  checkClock(signedAt, now);
  if (auth.scopeDate !== amzDate.slice(0, 8)) {
    throw invalidSignature(
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.scopeDate}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    );
  }
  if (auth.service !== service) {
    throw invalidSignature(`Credential should be scoped to correct service: '${service}'. `);
  }
  if (!auth.signedHeaders.includes("host")) throw invalidSignature("'Host' must be a 'SignedHeader' in the AWS Authorization.");

  const secretAccessKey = await lookupSecret(auth.accessKeyId);
  if (secretAccessKey === null) throw unrecognizedClient();

  // A client may send the body hash instead of letting us compute it; it must be the hash of what arrived.
  const bodyHash = createHash("sha256").update(request.body).digest("hex");
  const claimedHash = request.headers["x-amz-content-sha256"];
  if (claimedHash !== undefined && claimedHash !== bodyHash) {
    throw invalidSignature("The provided 'x-amz-content-sha256' header does not match what was computed.");
  }

  const headers: Record<string, string> = {};
  for (const name of auth.signedHeaders) {
    const value = request.headers[name];
    if (value === undefined) throw invalidSignature();
    headers[name] = value;
  }
  const signer = new SignatureV4({
    credentials: { accessKeyId: auth.accessKeyId, secretAccessKey },
    region: auth.region,
    service,
    sha256: Sha256,
    uriEscapePath: true,
    applyChecksum: false,
  });
  const resigned = await signer.sign(
    new HttpRequest({
      method: request.method,
      hostname: headers["host"],
      path: request.rawPath,
      query: request.query,
      headers,
      body: request.body.byteLength ? request.body : undefined,
    }),
    { signingDate: signedAt, signingRegion: auth.region, signingService: service, signableHeaders: new Set(auth.signedHeaders) },
  );
  const expected = /Signature=([0-9a-f]+)/.exec(resigned.headers["authorization"] ?? "")?.[1] ?? "";
  if (!sameText(expected, auth.signature)) throw invalidSignature();
  return auth.accessKeyId;
}

function checkClock(signedAt: Date, now: Date): void {
  const nowText = formatAmzDate(now);
  if (signedAt.getTime() < now.getTime() - CLOCK_SKEW_MS) {
    const limit = formatAmzDate(new Date(now.getTime() - CLOCK_SKEW_MS));
    throw invalidSignature(`Signature expired: ${formatAmzDate(signedAt)} is now earlier than ${limit} (${nowText} - 15 min.)`);
  }
  if (signedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    const limit = formatAmzDate(new Date(now.getTime() + CLOCK_SKEW_MS));
    throw invalidSignature(`Signature not yet current: ${formatAmzDate(signedAt)} is still later than ${limit} (${nowText} + 15 min.)`);
  }
}

/** Constant-time comparison so response timing says nothing about how much of a signature was right. */
function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
