/**
 * The HTTP request API Gateway makes for an AWS service integration (type AWS, non-Lambda): endpoint from
 * the URI (or a per-service override such as DynamoDB Local or LocalStack), path or action style, the
 * service's protocol headers, then a SigV4 signature with the integration's credentials.
 */
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { awsServiceInfo, defaultEndpoint, signingNameOf } from "./services";
import type { AwsIntegrationUri } from "./uri";

export interface AwsServiceRequestInput {
  /** Integration httpMethod (AWS integrations always name one; POST for action-style APIs). */
  integrationHttpMethod: string;
  /** The rendered mapping template or the passed-through body. */
  body: Uint8Array;
  /** Headers for the backend (mapped headers plus AWS's defaults: see integrationRequestHeaders). */
  headers: Readonly<Record<string, string>>;
  /** integration.request.querystring.* results. */
  querystring: Readonly<Record<string, readonly string[]>>;
  /** integration.request.path.* results, substituted for `{name}` in the URI. */
  pathParameters?: Readonly<Record<string, string>>;
  /** Base URL per service name (`{ dynamodb: "http://localhost:8000" }`) instead of the AWS endpoint. */
  endpointOverrides?: Readonly<Record<string, string>>;
  /** Replaces the URI's region for the endpoint and the signature (a gateway pinned to one region). */
  region?: string;
}

export interface AwsServiceRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** undefined for GET, HEAD and OPTIONS, which carry no body to AWS. */
  body: Uint8Array | undefined;
  signing: { service: string; region: string; uriEscapePath: boolean; applyChecksum: boolean };
}

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

const BODILESS = new Set(["GET", "HEAD", "OPTIONS"]);
// Ours to set (signature, framing, host); a client value must never reach the service.
const OWNED = new Set(["host", "authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256", "content-length", "transfer-encoding", "connection"]);
const PLACEHOLDER = /\{([^{}]+)\}/g;

export function buildAwsServiceRequest(uri: Exclude<AwsIntegrationUri, { kind: "lambda" }>, input: AwsServiceRequestInput): AwsServiceRequest {
  const region = input.region ?? uri.region;
  const values = input.pathParameters ?? {};
  const base = endpointFor(uri, region, input.endpointOverrides);
  const query: [string, string][] = [];
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.headers)) if (!OWNED.has(name.toLowerCase())) headers[name] = value;

  let path = "/";
  const service = awsServiceInfo(uri.service);
  if (uri.kind === "path") {
    const [template, search] = splitOnce(uri.path, "?");
    path = `/${template.replace(PLACEHOLDER, (_, name: string) => encodeRfc3986(values[name] ?? ""))}`;
    if (search !== undefined) query.push(...parseSearch(search));
  } else {
    query.push(["Action", uri.action]);
    for (const [name, value] of uri.parameters) query.push([name, value.replace(PLACEHOLDER, (_, key: string) => values[key] ?? "")]);
    const protocol = service.protocol;
    if (protocol.kind === "json") {
      setHeader(headers, "X-Amz-Target", `${protocol.targetPrefix}.${uri.action}`, false);
      // The service parses nothing else; a client's application/json would be refused by some of them.
      setHeader(headers, "Content-Type", `application/x-amz-json-${protocol.jsonVersion}`, true);
    }
  }
  for (const [name, list] of Object.entries(input.querystring)) for (const value of list) query.push([name, value]);
  if (uri.kind === "action" && service.protocol.kind === "query" && !query.some(([name]) => name === "Version")) {
    query.push(["Version", service.protocol.version]);
  }

  const url = new URL(base);
  const prefix = url.pathname.replace(/\/+$/, "");
  url.pathname = prefix + path;
  url.search = query.map(([name, value]) => `${encodeRfc3986(name)}=${encodeRfc3986(value)}`).join("&");
  headers.host = url.host;
  const method = input.integrationHttpMethod.toUpperCase();
  const s3 = signingNameOf(uri.service) === "s3";
  return {
    method,
    url: url.toString(),
    headers,
    body: BODILESS.has(method) ? undefined : input.body,
    // S3 signs the path as sent and wants the payload hash header; every other service double-encodes.
    signing: { service: signingNameOf(uri.service), region, uriEscapePath: !s3, applyChecksum: s3 },
  };
}

/** Adds Authorization, X-Amz-Date (and X-Amz-Security-Token, x-amz-content-sha256 for S3) to a copy. */
export async function signAwsServiceRequest(
  request: AwsServiceRequest,
  credentials: AwsCredentials,
  signingDate: Date = new Date(),
): Promise<AwsServiceRequest> {
  const { service, region, uriEscapePath, applyChecksum } = request.signing;
  const signer = new SignatureV4({ credentials, region, service, sha256: Sha256, uriEscapePath, applyChecksum });
  const url = new URL(request.url);
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const existing = query[name];
    query[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  const signed = await signer.sign(
    new HttpRequest({
      method: request.method,
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      query,
      headers: { ...request.headers },
      body: request.body && request.body.byteLength > 0 ? request.body : undefined,
    }),
    { signingDate },
  );
  return { ...request, headers: signed.headers };
}

function endpointFor(uri: Exclude<AwsIntegrationUri, { kind: "lambda" }>, region: string, overrides?: Readonly<Record<string, string>>): string {
  const override = overrides?.[uri.service];
  if (!override) return defaultEndpoint(uri.service, region, uri.partition, uri.subdomain);
  if (!uri.subdomain) return override;
  const url = new URL(override);
  // A bucket subdomain becomes a path-style prefix: local S3 emulators rarely resolve bucket host names.
  if (signingNameOf(uri.service) === "s3") url.pathname = `${url.pathname.replace(/\/+$/, "")}/${encodeRfc3986(uri.subdomain)}`;
  else url.hostname = `${uri.subdomain}.${url.hostname}`;
  return url.toString();
}

function setHeader(headers: Record<string, string>, name: string, value: string, replace: boolean): void {
  const lower = name.toLowerCase();
  for (const existing of Object.keys(headers)) {
    if (existing.toLowerCase() !== lower) continue;
    if (!replace) return;
    delete headers[existing];
  }
  headers[name] = value;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function parseSearch(search: string): [string, string][] {
  return search
    .split("&")
    .filter(Boolean)
    .map((pair) => {
      const [name, value = ""] = splitOnce(pair, "=");
      return [safeDecode(name), safeDecode(value ?? "")];
    });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** SigV4's URI encoding: everything but A-Z a-z 0-9 - _ . ~ is percent-encoded. */
export function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
