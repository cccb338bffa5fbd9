/** Test helper: a fetch Request signed with SigV4 as the AWS SDK would sign it (service apigateway by default). */
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";

export interface SigningKey {
  accessKeyId: string;
  secretAccessKey: string;
}

export async function signedRequest(
  key: SigningKey,
  method: string,
  url: string,
  body?: string,
  signingDate = new Date(),
  service = "apigateway",
): Promise<Request> {
  const parsed = new URL(url);
  const query: Record<string, string> = {};
  parsed.searchParams.forEach((value, name) => {
    query[name] = value;
  });
  const signer = new SignatureV4({ credentials: key, region: "us-east-1", service, sha256: Sha256 });
  const signed = await signer.sign(
    new HttpRequest({
      method,
      hostname: parsed.hostname,
      port: parsed.port ? Number(parsed.port) : undefined,
      path: parsed.pathname,
      query,
      headers: { host: parsed.host, ...(body ? { "content-type": "application/json" } : {}) },
      body,
    }),
    { signingDate },
  );
  return new Request(url, { method, headers: signed.headers, body });
}
