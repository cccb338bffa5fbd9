/**
 * AWS integration URIs (Integration.uri for type AWS / AWS_PROXY):
 * `arn:{partition}:apigateway:{region}:{subdomain.service|service}:action/{Action}[&p1=v1...]` or
 * `...:path/{service path}`; Lambda's `lambda:path/2015-03-31/functions/{functionArn}/invocations` is its own kind.
 */

export type AwsIntegrationUri =
  | {
      kind: "action";
      partition: string;
      region: string;
      service: string;
      subdomain?: string;
      action: string;
      /** `&p1=v1&p2=v2` after the action name, decoded, in order; values may hold `{param}` placeholders. */
      parameters: [string, string][];
    }
  | { kind: "path"; partition: string; region: string; service: string; subdomain?: string; path: string }
  | { kind: "lambda"; partition: string; region: string; functionArn: string };

export type AwsUriParseResult = { ok: true; uri: AwsIntegrationUri } | { ok: false; reason: string };

const ARN = /^arn:(aws[a-z-]*):apigateway:([a-z0-9-]*):([^:/]+):(action|path)\/(.*)$/s;
const LAMBDA_PATH = /^2015-03-31\/functions\/(.+)\/invocations\/?$/s;

export function parseAwsIntegrationUri(uri: string): AwsUriParseResult {
  const match = ARN.exec(uri);
  if (!match) return { ok: false, reason: `AWS ARN for integration must contain path or action: ${uri}` };
  const [, partition, region, host, kind, rest] = match;
  if (region === "") return { ok: false, reason: `AWS ARN for integration must contain a region: ${uri}` };
  const dot = host.lastIndexOf(".");
  const service = dot === -1 ? host : host.slice(dot + 1);
  const subdomain = dot === -1 ? undefined : host.slice(0, dot);
  if (service === "" || subdomain === "") return { ok: false, reason: `Invalid service in AWS ARN for integration: ${uri}` };

  if (kind === "path") {
    if (service === "lambda") {
      const lambda = LAMBDA_PATH.exec(rest);
      if (lambda) return { ok: true, uri: { kind: "lambda", partition, region, functionArn: lambda[1] } };
    }
    return { ok: true, uri: { kind: "path", partition, region, service, subdomain, path: rest } };
  }

  const [action, ...pairs] = rest.split("&");
  if (!/^[A-Za-z0-9_.-]+$/.test(action)) return { ok: false, reason: `Invalid action in AWS ARN for integration: ${uri}` };
  const parameters: [string, string][] = [];
  for (const pair of pairs) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    parameters.push(eq === -1 ? [decode(pair), ""] : [decode(pair.slice(0, eq)), decode(pair.slice(eq + 1))]);
  }
  return { ok: true, uri: { kind: "action", partition, region, service, subdomain, action, parameters } };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
