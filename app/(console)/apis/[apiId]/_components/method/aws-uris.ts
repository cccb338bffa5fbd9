/**
 * The integration URIs AWS API Gateway stores for AWS integrations, taken apart and put back together for the
 * console's fields: Lambda (arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations)
 * and any other service (arn:aws:apigateway:{region}:[{subdomain}.]{service}:{action|path}/{value}).
 */
export interface Place {
  region: string;
  accountId: string;
}

export interface LambdaTarget {
  region: string;
  accountId: string;
  functionName: string;
  /** A version, an alias, `${stageVariables.x}`, or "" for $LATEST. */
  qualifier: string;
}

const LAMBDA_URI =
  /^arn:aws[a-z-]*:apigateway:([a-z0-9-]+):lambda:path\/2015-03-31\/functions\/arn:aws[a-z-]*:lambda:([a-z0-9-]+|\$\{stageVariables\.\w+\}):(\d{12}|\$\{stageVariables\.\w+\}):function:([^:/]+)(?::([^/]+))?\/invocations$/;

export function lambdaUri(target: LambdaTarget): string {
  const qualifier = target.qualifier.trim() ? `:${target.qualifier.trim()}` : "";
  const functionArn = `arn:aws:lambda:${target.region}:${target.accountId}:function:${target.functionName.trim()}${qualifier}`;
  return `arn:aws:apigateway:${target.region}:lambda:path/2015-03-31/functions/${functionArn}/invocations`;
}

export function parseLambdaUri(uri: string | undefined): LambdaTarget | null {
  const match = uri ? LAMBDA_URI.exec(uri) : null;
  if (!match) return null;
  return { region: match[2].startsWith("$") ? match[1] : match[2], accountId: match[3], functionName: match[4], qualifier: match[5] ?? "" };
}

export interface AwsServiceTarget {
  region: string;
  service: string;
  subdomain: string;
  actionType: "action" | "path";
  /** The action name (SendMessage) or the path override (bucket/key). */
  value: string;
}

const SERVICE_URI = /^arn:aws[a-z-]*:apigateway:([a-z0-9-]+):(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+):(action|path)\/(.*)$/;

export function awsServiceUri(target: AwsServiceTarget): string {
  const host = target.subdomain.trim() ? `${target.subdomain.trim()}.${target.service.trim()}` : target.service.trim();
  return `arn:aws:apigateway:${target.region.trim()}:${host}:${target.actionType}/${target.value.trim().replace(/^\//, "")}`;
}

export function parseAwsServiceUri(uri: string | undefined): AwsServiceTarget | null {
  const match = uri ? SERVICE_URI.exec(uri) : null;
  if (!match) return null;
  return { region: match[1], subdomain: match[2] ?? "", service: match[3], actionType: match[4] as "action" | "path", value: match[5] };
}
