import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { HttpRequest as SignedRequest } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { readReceivedRequest, type ReceivedRequest } from "../received-request";
import { WireError } from "../wire-error";
import { LAMBDA_SIGNING_SERVICE, verifySignature } from "./verify-signature";

const KEY = { accessKeyId: "AKIAPORTICOTEST00001", secretAccessKey: "s3cr3t/s3cr3t+s3cr3t" };
const lookup = async (id: string) => (id === KEY.accessKeyId ? KEY.secretAccessKey : null);
const NOW = new Date("2025-03-01T12:00:00Z");

interface Draft {
  method?: string;
  path?: string;
  query?: Record<string, string | string[]>;
  body?: string;
  headers?: Record<string, string>;
}

async function signed(draft: Draft = {}, opts: { at?: Date; service?: string; secret?: string; keyId?: string; checksum?: boolean } = {}) {
  const signer = new SignatureV4({
    credentials: { accessKeyId: opts.keyId ?? KEY.accessKeyId, secretAccessKey: opts.secret ?? KEY.secretAccessKey },
    region: "eu-west-3",
    service: opts.service ?? "apigateway",
    sha256: Sha256,
    applyChecksum: opts.checksum ?? false,
  });
  const body = draft.body ?? "";
  return signer.sign(
    new HttpRequest({
      method: draft.method ?? "POST",
      hostname: "localhost",
      path: draft.path ?? "/restapis/abc123defg/resources/r00t000000",
      query: draft.query ?? {},
      headers: { host: "localhost:3000", "content-type": "application/json", ...draft.headers },
      body: body || undefined,
    }),
    { signingDate: opts.at ?? NOW },
  );
}

function received(request: SignedRequest, changes: Partial<ReceivedRequest> = {}): ReceivedRequest {
  const query: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(request.query ?? {})) query[key] = Array.isArray(value) ? value : [String(value)];
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  const body = typeof request.body === "string" ? new TextEncoder().encode(request.body) : new Uint8Array();
  return { method: request.method, rawPath: request.path, query, headers, body, ...changes };
}

async function rejection(request: ReceivedRequest, now = NOW): Promise<WireError> {
  const error = await verifySignature(request, lookup, now).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof WireError)) throw new Error(`expected a WireError, got ${String(error)}`);
  return error;
}

describe("verifySignature", () => {
  it("accepts a request signed with the right secret and returns the access key id", async () => {
    const request = await signed({ body: '{"pathPart":"{proxy+}"}', query: { embed: ["methods"], limit: "5" } });
    await expect(verifySignature(received(request), lookup, NOW)).resolves.toBe(KEY.accessKeyId);
  });

  it("accepts a body hash sent in x-amz-content-sha256, as the AWS SDK sends it", async () => {
    const request = await signed({ body: '{"name":"pets"}' }, { checksum: true });
    expect(request.headers["x-amz-content-sha256"]).toMatch(/^[0-9a-f]{64}$/);
    await expect(verifySignature(received(request), lookup, NOW)).resolves.toBe(KEY.accessKeyId);
  });

  it("verifies a real fetch Request with an encoded path and query, read through readReceivedRequest", async () => {
    const path = "/restapis/abc123defg/stages/dev%20x";
    const request = await signed({ method: "GET", path, query: { position: "a b+c/d" } });
    const url = `http://localhost:3000${path}?position=a%20b%2Bc%2Fd`;
    const real = new Request(url, { method: "GET", headers: request.headers });
    await expect(verifySignature(await readReceivedRequest(real), lookup, NOW)).resolves.toBe(KEY.accessKeyId);
  });

  it("rejects a tampered body, even when the hash header is tampered to match", async () => {
    const request = await signed({ body: '{"name":"pets"}' }, { checksum: true });
    const body = new TextEncoder().encode('{"name":"cats"}');
    expect((await rejection(received(request, { body }))).type).toBe("InvalidSignatureException");
    const request2 = await signed({ body: '{"name":"pets"}' });
    const error = await rejection(received(request2, { body }));
    expect(error.type).toBe("InvalidSignatureException");
    expect(error.message).toMatch(/^The request signature we calculated does not match/);
  });

  it("rejects a tampered signed header, path, query or method", async () => {
    const request = await signed({ body: "{}" });
    const base = received(request);
    const tampered: Partial<ReceivedRequest>[] = [
      { headers: { ...base.headers, "content-type": "text/plain" } },
      { rawPath: "/restapis/abc123defg/resources/other00000" },
      { query: { limit: ["500"] } },
      { method: "PUT" },
    ];
    for (const change of tampered) expect((await rejection({ ...base, ...change })).status).toBe(403);
  });

  it("ignores headers that were not signed", async () => {
    const request = await signed({ body: "{}" });
    const base = received(request);
    await expect(verifySignature({ ...base, headers: { ...base.headers, "x-forwarded-for": "10.0.0.1" } }, lookup, NOW)).resolves.toBe(
      KEY.accessKeyId,
    );
  });

  it("rejects signatures older or newer than 15 minutes with AWS's texts", async () => {
    const old = await signed({}, { at: new Date(NOW.getTime() - 16 * 60_000) });
    expect((await rejection(received(old))).message).toBe(
      "Signature expired: 20250301T114400Z is now earlier than 20250301T114500Z (20250301T120000Z - 15 min.)",
    );
    const future = await signed({}, { at: new Date(NOW.getTime() + 16 * 60_000) });
    expect((await rejection(received(future))).message).toMatch(/^Signature not yet current: 20250301T121600Z is still later than/);
    const slightlyOld = await signed({}, { at: new Date(NOW.getTime() - 14 * 60_000) });
    await expect(verifySignature(received(slightlyOld), lookup, NOW)).resolves.toBe(KEY.accessKeyId);
  });

  it("rejects an unknown access key and a wrong secret with different AWS errors", async () => {
    const unknown = await rejection(received(await signed({}, { keyId: "AKIAUNKNOWN000000000" })));
    expect([unknown.status, unknown.type]).toEqual([403, "UnrecognizedClientException"]);
    expect(unknown.message).toBe("The security token included in the request is invalid.");
    const wrongSecret = await rejection(received(await signed({}, { secret: "not-the-secret" })));
    expect([wrongSecret.status, wrongSecret.type]).toEqual([403, "InvalidSignatureException"]);
  });

  it("requires the apigateway service in the credential scope", async () => {
    const error = await rejection(received(await signed({}, { service: "execute-api" })));
    expect(error.message).toBe("Credential should be scoped to correct service: 'apigateway'. ");
  });

  it("accepts the lambda service only where the route asks for it, with the same keys", async () => {
    const lambdaSigned = received(await signed({ method: "GET", path: "/2015-03-31/functions" }, { service: "lambda" }));
    await expect(verifySignature(lambdaSigned, lookup, NOW, LAMBDA_SIGNING_SERVICE)).resolves.toBe(KEY.accessKeyId);
    expect((await rejection(lambdaSigned)).message).toBe("Credential should be scoped to correct service: 'apigateway'. ");
    const apigatewaySigned = received(await signed({ method: "GET", path: "/2015-03-31/functions" }));
    const error = await verifySignature(apigatewaySigned, lookup, NOW, LAMBDA_SIGNING_SERVICE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WireError);
    expect((error as WireError).message).toBe("Credential should be scoped to correct service: 'lambda'. ");
  });

  it("answers a request without Authorization with Missing Authentication Token", async () => {
    const base = received(await signed());
    const { authorization: _dropped, ...headers } = base.headers;
    const error = await rejection({ ...base, headers });
    expect([error.status, error.type, error.message]).toEqual([403, "MissingAuthenticationTokenException", "Missing Authentication Token"]);
  });

  it("names the missing parts of a malformed Authorization header", async () => {
    const base = received(await signed());
    const error = await rejection({ ...base, headers: { ...base.headers, authorization: "AWS4-HMAC-SHA256 Credential=AKIA/20250301/us-east-1/apigateway/aws4_request" } });
    expect(error.type).toBe("IncompleteSignatureException");
    expect(error.message).toContain("'Signature'");
  });
});
