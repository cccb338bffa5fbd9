import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAmzDate, parseAuthorization } from "../../../../lib/aws/sigv4/parse-authorization";
import { parseRawQuery } from "../../../../lib/aws/received-request";
import { callAwsService, type AwsServiceResponse } from "./call";
import { buildAwsServiceRequest, signAwsServiceRequest, type AwsCredentials, type AwsServiceRequestInput } from "./request";
import { parseAwsIntegrationUri, type AwsIntegrationUri } from "./uri";

const CREDENTIALS = { accessKeyId: "AKIAPORTICOSERVICE01", secretAccessKey: "service/secret+key" };
const SECRETS: Record<string, string> = { [CREDENTIALS.accessKeyId]: CREDENTIALS.secretAccessKey };

/** Re-derives the SigV4 signature from the request as received, the way an AWS service does. */
async function verifies(req: IncomingMessage, body: Buffer): Promise<{ ok: boolean; service: string; region: string; signed: string[] }> {
  const auth = parseAuthorization(req.headers.authorization ?? "");
  const secretAccessKey = SECRETS[auth.accessKeyId] ?? "unknown";
  const url = new URL(req.url ?? "/", "http://placeholder");
  const headers: Record<string, string> = {};
  for (const name of auth.signedHeaders) headers[name] = String(req.headers[name] ?? "");
  const claimed = req.headers["x-amz-content-sha256"];
  if (claimed !== undefined && claimed !== createHash("sha256").update(body).digest("hex")) return { ok: false, service: auth.service, region: auth.region, signed: [] };
  const token = req.headers["x-amz-security-token"];
  const signer = new SignatureV4({
    credentials: { accessKeyId: auth.accessKeyId, secretAccessKey, sessionToken: typeof token === "string" ? token : undefined },
    region: auth.region,
    service: auth.service,
    sha256: Sha256,
    uriEscapePath: auth.service !== "s3",
    applyChecksum: false,
  });
  const resigned = await signer.sign(
    new HttpRequest({ method: req.method, hostname: headers.host, path: url.pathname, query: parseRawQuery(url.search), headers, body: body.length ? body : undefined }),
    { signingDate: parseAmzDate(String(req.headers["x-amz-date"])), signableHeaders: new Set(auth.signedHeaders) },
  );
  const expected = /Signature=([0-9a-f]+)/.exec(resigned.headers.authorization ?? "")?.[1];
  return { ok: expected === auth.signature, service: auth.service, region: auth.region, signed: auth.signedHeaders };
}

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://placeholder");
      if (url.pathname === "/silent") return; // never answers
      if (url.pathname === "/huge") {
        res.writeHead(200, { "Content-Type": "application/octet-stream" });
        res.end(Buffer.alloc(4096));
        return;
      }
      const body = Buffer.concat(chunks);
      void verifies(req, body).then((result) => {
        res.writeHead(result.ok ? 200 : 403, [
          ["Content-Type", "application/x-amz-json-1.0"],
          ["x-amzn-RequestId", "REQ123"],
          ["X-Echo-Target", String(req.headers["x-amz-target"] ?? "")],
          ["Set-Cookie", "a=1"],
          ["Set-Cookie", "b=2"],
        ]);
        res.end(JSON.stringify({ ...result, path: url.pathname, query: url.search, body: body.toString() }));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function serviceUri(text: string): Exclude<AwsIntegrationUri, { kind: "lambda" }> {
  const parsed = parseAwsIntegrationUri(text);
  if (!parsed.ok || parsed.uri.kind === "lambda") throw new Error(text);
  return parsed.uri;
}

async function send(uriText: string, changes: Partial<AwsServiceRequestInput> = {}, credentials: AwsCredentials = CREDENTIALS) {
  const uri = serviceUri(uriText);
  const request = buildAwsServiceRequest(uri, {
    integrationHttpMethod: "POST",
    body: new TextEncoder().encode('{"TableName":"pets"}'),
    headers: { Accept: "application/json" },
    querystring: {},
    endpointOverrides: { [uri.service]: origin },
    ...changes,
  });
  const outcome = await callAwsService(await signAwsServiceRequest(request, credentials), { timeoutMs: 2_000 });
  if ("error" in outcome) throw new Error(outcome.error);
  return { response: outcome, json: JSON.parse(new TextDecoder().decode(outcome.body)) as Record<string, unknown> };
}

describe("signAwsServiceRequest + callAwsService against a SigV4-verifying server", () => {
  it("signs a DynamoDB action the way the service verifies it", async () => {
    const { response, json } = await send("arn:aws:apigateway:eu-west-3:dynamodb:action/PutItem");
    expect(response.status).toBe(200);
    expect(json).toMatchObject({ ok: true, service: "dynamodb", region: "eu-west-3", query: "?Action=PutItem", body: '{"TableName":"pets"}' });
    expect(json.signed).toEqual(expect.arrayContaining(["host", "x-amz-date", "x-amz-target", "content-type"]));
  });

  it("signs the session token of temporary credentials", async () => {
    const { json } = await send("arn:aws:apigateway:us-east-1:sns:action/Publish", {}, { ...CREDENTIALS, sessionToken: "FwoGZXIvYXdzEJr//token" });
    expect(json.ok).toBe(true);
    expect(json.signed).toContain("x-amz-security-token");
  });

  it("signs encoded paths and query values for S3 (single-encoded) and other services (double-encoded)", async () => {
    const s3 = await send("arn:aws:apigateway:us-east-1:s3:path/{bucket}/{key}", {
      integrationHttpMethod: "PUT",
      pathParameters: { bucket: "b1", key: "photos/cat 1+2.png" },
      querystring: { tagging: ["a=b&c"] },
    });
    expect(s3.json).toMatchObject({ ok: true, service: "s3", path: "/b1/photos%2Fcat%201%2B2.png" });
    expect(s3.json.signed).toContain("x-amz-content-sha256");
    const sqs = await send("arn:aws:apigateway:us-east-1:sqs:path/123456789012/my%20queue", { querystring: { MessageBody: ["ü & ∑ / *"] } });
    expect(sqs.json).toMatchObject({ ok: true, service: "sqs" });
  });

  it("is refused when signed with the wrong secret", async () => {
    const { response, json } = await send("arn:aws:apigateway:us-east-1:dynamodb:action/GetItem", {}, { ...CREDENTIALS, secretAccessKey: "wrong" });
    expect([response.status, json.ok]).toEqual([403, false]);
  });

  it("returns status, raw-case headers in order (repeats kept) and the body", async () => {
    const { response } = await send("arn:aws:apigateway:us-east-1:dynamodb:action/Query");
    const headers = (response as AwsServiceResponse).headers;
    expect(headers).toContainEqual(["x-amzn-RequestId", "REQ123"]);
    expect(headers).toContainEqual(["X-Echo-Target", "DynamoDB_20120810.Query"]);
    expect(headers.filter(([name]) => name === "Set-Cookie")).toEqual([["Set-Cookie", "a=1"], ["Set-Cookie", "b=2"]]);
  });
});

describe("callAwsService failures", () => {
  const bare = (path: string) => ({
    method: "POST",
    url: `${origin}${path}`,
    headers: { host: new URL(origin).host },
    body: new Uint8Array(0),
    signing: { service: "dynamodb", region: "us-east-1", uriEscapePath: true, applyChecksum: false },
  });

  it("gives timeout when no answer arrives within timeoutMs", async () => {
    const started = performance.now();
    expect(await callAwsService(bare("/silent"), { timeoutMs: 150 })).toEqual({ error: "timeout" });
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it("gives unreachable when nothing listens", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const request = { ...bare("/"), url: `http://127.0.0.1:${port}/` };
    expect(await callAwsService(request, { timeoutMs: 2_000 })).toEqual({ error: "unreachable" });
  });

  it("gives too-large when the answer passes the payload limit", async () => {
    expect(await callAwsService(bare("/huge"), { timeoutMs: 2_000, maxResponseBytes: 1_000 })).toEqual({ error: "too-large" });
    const fits = await callAwsService(bare("/huge"), { timeoutMs: 2_000, maxResponseBytes: 4_096 });
    expect("status" in fits && fits.body.length).toBe(4096);
  });
});
