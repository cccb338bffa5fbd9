/**
 * GetFunction's Code.Location. Lambda answers with an S3 URL presigned for ten minutes; Portico answers with a
 * URL of its own, presigned the same way (SigV4 query parameters, service "lambda", the caller's access key),
 * so `curl "$Location"` works without a console session and stops working after ten minutes.
 */
import { timingSafeEqual } from "node:crypto";
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { ReceivedRequest } from "@/lib/aws/received-request";
import { parseAmzDate } from "@/lib/aws/sigv4/parse-authorization";
import { LAMBDA_SIGNING_SERVICE, type SecretLookup } from "@/lib/aws/sigv4/verify-signature";
import { env } from "@/lib/env";
import { LambdaError } from "@/lib/services/functions/lambda-error";

/** GET {origin}/2015-03-31/function-code/{CodeSha256 as base64url} serves the zip. */
export const CODE_PATH_PREFIX = "/2015-03-31/function-code/";
export const CODE_URL_EXPIRES_SECONDS = 600;

interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export async function presignCodeUrl(origin: string, codeSha256: string, credentials: Credentials, now: Date): Promise<string> {
  const url = new URL(`${CODE_PATH_PREFIX}${toUrlSafe(codeSha256)}`, origin);
  const presigned = await signer(credentials, env.region).presign(toSignable(url.pathname, url.host), {
    expiresIn: CODE_URL_EXPIRES_SECONDS,
    signingDate: now,
  });
  const query = Object.entries(presigned.query ?? {})
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
    .join("&");
  return `${url.origin}${url.pathname}?${query}`;
}

/** Checks a presigned code URL; returns the CodeSha256 (base64url) it names. */
export async function verifyCodeUrl(request: ReceivedRequest, lookupSecret: SecretLookup, now: Date): Promise<string> {
  const param = (name: string) => request.query[name]?.[0] ?? "";
  const [accessKeyId, scopeDate, region, service] = param("X-Amz-Credential").split("/");
  const expires = Number(param("X-Amz-Expires"));
  if (!accessKeyId || service !== LAMBDA_SIGNING_SERVICE || !Number.isInteger(expires) || !param("X-Amz-Signature")) throw denied("Invalid presigned URL.");
  const signedAt = parseAmzDate(param("X-Amz-Date"));
  if (scopeDate !== param("X-Amz-Date").slice(0, 8)) throw denied("Invalid presigned URL.");
  if (now.getTime() > signedAt.getTime() + expires * 1000) throw denied("Request has expired");
  const secretAccessKey = await lookupSecret(accessKeyId);
  if (secretAccessKey === null) throw denied("The security token included in the request is invalid.");
  const expected = await signer({ accessKeyId, secretAccessKey }, region).presign(toSignable(request.rawPath, request.headers["host"] ?? ""), {
    expiresIn: expires,
    signingDate: signedAt,
  });
  if (!sameText(String(expected.query?.["X-Amz-Signature"] ?? ""), param("X-Amz-Signature"))) {
    throw denied("The request signature we calculated does not match the signature you provided.");
  }
  return decodeURIComponent(request.rawPath.slice(CODE_PATH_PREFIX.length));
}

function signer(credentials: Credentials, region: string): SignatureV4 {
  return new SignatureV4({ credentials, region, service: LAMBDA_SIGNING_SERVICE, sha256: Sha256, uriEscapePath: true });
}

function toSignable(path: string, host: string): HttpRequest {
  return new HttpRequest({ method: "GET", hostname: host.split(":")[0], path, headers: { host }, query: {} });
}

const toUrlSafe = (base64: string) => base64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

const denied = (message: string) => new LambdaError("AccessDeniedException", message);

function sameText(a: string, b: string): boolean {
  const [left, right] = [Buffer.from(a), Buffer.from(b)];
  return left.length === right.length && timingSafeEqual(left, right);
}
