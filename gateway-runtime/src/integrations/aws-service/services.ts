/**
 * How API Gateway talks to each AWS service behind an `action/` integration: JSON-protocol services get
 * `X-Amz-Target: <prefix>.<Action>` and their `application/x-amz-json-1.x` type (DynamoDB, Kinesis, Step
 * Functions...); query-protocol services read `Action` (and `Version`) from the query string (SNS, SQS, STS...).
 * Every action request also carries `Action=<Action>` in its query string, as API Gateway sends it.
 */

export type ServiceProtocol =
  | { kind: "json"; targetPrefix: string; jsonVersion: "1.0" | "1.1" }
  | { kind: "query"; version: string }
  /** REST-style services (S3, Lambda...): nothing beyond the path and the signature. */
  | { kind: "rest" };

export interface AwsServiceInfo {
  protocol: ServiceProtocol;
  /** SigV4 signing name when it differs from the URI's service name. */
  signingName?: string;
  /** Hostname prefix when it differs from the service name (`email` for SES). */
  endpointPrefix?: string;
}

const SERVICES: Readonly<Record<string, AwsServiceInfo>> = {
  dynamodb: { protocol: { kind: "json", targetPrefix: "DynamoDB_20120810", jsonVersion: "1.0" } },
  states: { protocol: { kind: "json", targetPrefix: "AWSStepFunctions", jsonVersion: "1.0" } },
  kinesis: { protocol: { kind: "json", targetPrefix: "Kinesis_20131202", jsonVersion: "1.1" } },
  firehose: { protocol: { kind: "json", targetPrefix: "Firehose_20150804", jsonVersion: "1.1" } },
  events: { protocol: { kind: "json", targetPrefix: "AWSEvents", jsonVersion: "1.1" } },
  logs: { protocol: { kind: "json", targetPrefix: "Logs_20140328", jsonVersion: "1.1" } },
  ssm: { protocol: { kind: "json", targetPrefix: "AmazonSSM", jsonVersion: "1.1" } },
  secretsmanager: { protocol: { kind: "json", targetPrefix: "secretsmanager", jsonVersion: "1.1" } },
  sqs: { protocol: { kind: "query", version: "2012-11-05" } },
  sns: { protocol: { kind: "query", version: "2010-03-31" } },
  sts: { protocol: { kind: "query", version: "2011-06-15" } },
  ses: { protocol: { kind: "query", version: "2010-12-01" }, endpointPrefix: "email" },
  monitoring: { protocol: { kind: "query", version: "2010-08-01" } },
  s3: { protocol: { kind: "rest" } },
  lambda: { protocol: { kind: "rest" } },
  // `{apiId}.appsync-api` URIs reach AppSync's GraphQL endpoint, which signs as "appsync".
  "appsync-api": { protocol: { kind: "rest" }, signingName: "appsync" },
};

const REST: AwsServiceInfo = { protocol: { kind: "rest" } };

export function awsServiceInfo(service: string): AwsServiceInfo {
  return SERVICES[service] ?? REST;
}

/** The SigV4 service name a request to `service` is signed for. */
export function signingNameOf(service: string): string {
  return awsServiceInfo(service).signingName ?? service;
}

/** `https://{subdomain.}{service}.{region}.amazonaws.com`, `.amazonaws.com.cn` in the China partition. */
export function defaultEndpoint(service: string, region: string, partition: string, subdomain?: string): string {
  const prefix = awsServiceInfo(service).endpointPrefix ?? service;
  const suffix = partition === "aws-cn" || region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
  return `https://${subdomain ? `${subdomain}.` : ""}${prefix}.${region}.${suffix}`;
}
