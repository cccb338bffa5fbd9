import { describe, expect, it } from "vitest";
import { buildAwsServiceRequest, type AwsServiceRequestInput } from "./request";
import { parseAwsIntegrationUri, type AwsIntegrationUri } from "./uri";

function uri(text: string): Exclude<AwsIntegrationUri, { kind: "lambda" }> {
  const parsed = parseAwsIntegrationUri(text);
  if (!parsed.ok || parsed.uri.kind === "lambda") throw new Error(`not a service URI: ${text}`);
  return parsed.uri;
}

const body = new TextEncoder().encode('{"TableName":"pets"}');
const input = (changes: Partial<AwsServiceRequestInput> = {}): AwsServiceRequestInput => ({
  integrationHttpMethod: "POST",
  body,
  headers: { Accept: "application/json", "Content-Type": "application/json" },
  querystring: {},
  ...changes,
});

describe("buildAwsServiceRequest", () => {
  it("sends a DynamoDB action as JSON 1.0 with X-Amz-Target to the regional endpoint", () => {
    const request = buildAwsServiceRequest(uri("arn:aws:apigateway:eu-west-3:dynamodb:action/PutItem"), input());
    expect(request.method).toBe("POST");
    expect(request.url).toBe("https://dynamodb.eu-west-3.amazonaws.com/?Action=PutItem");
    expect(request.headers).toEqual({
      Accept: "application/json",
      "X-Amz-Target": "DynamoDB_20120810.PutItem",
      "Content-Type": "application/x-amz-json-1.0",
      host: "dynamodb.eu-west-3.amazonaws.com",
    });
    expect(request.body).toBe(body);
    expect(request.signing).toEqual({ service: "dynamodb", region: "eu-west-3", uriEscapePath: true, applyChecksum: false });
  });

  it("uses each JSON service's target prefix and version, and keeps a mapped X-Amz-Target", () => {
    const states = buildAwsServiceRequest(uri("arn:aws:apigateway:us-east-1:states:action/StartExecution"), input());
    expect(states.headers["X-Amz-Target"]).toBe("AWSStepFunctions.StartExecution");
    expect(states.url).toBe("https://states.us-east-1.amazonaws.com/?Action=StartExecution");
    const kinesis = buildAwsServiceRequest(uri("arn:aws:apigateway:us-east-1:kinesis:action/PutRecord"), input());
    expect(kinesis.headers["Content-Type"]).toBe("application/x-amz-json-1.1");
    const events = buildAwsServiceRequest(
      uri("arn:aws:apigateway:us-east-1:events:action/PutEvents"),
      input({ headers: { "x-amz-target": "AWSEvents.PutEvents" } }),
    );
    expect(Object.entries(events.headers).filter(([name]) => name.toLowerCase() === "x-amz-target")).toEqual([["x-amz-target", "AWSEvents.PutEvents"]]);
  });

  it("sends query-protocol actions with Action, mapped parameters and the API Version", () => {
    const request = buildAwsServiceRequest(
      uri("arn:aws:apigateway:us-east-1:sns:action/Publish"),
      input({ querystring: { TopicArn: ["arn:aws:sns:us-east-1:123456789012:alerts"], Message: ["hi there+1"] } }),
    );
    expect(request.url).toBe(
      "https://sns.us-east-1.amazonaws.com/?Action=Publish&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A123456789012%3Aalerts&Message=hi%20there%2B1&Version=2010-03-31",
    );
    expect(request.headers["Content-Type"]).toBe("application/json");
    expect(request.headers["X-Amz-Target"]).toBeUndefined();
  });

  it("substitutes path parameters into action parameters and path URIs", () => {
    const action = buildAwsServiceRequest(
      uri("arn:aws:apigateway:us-west-2:s3:action/GetObject&Bucket={bucket}&Key={key}"),
      input({ pathParameters: { bucket: "b1", key: "a b.txt" } }),
    );
    expect(action.url).toBe("https://s3.us-west-2.amazonaws.com/?Action=GetObject&Bucket=b1&Key=a%20b.txt");
    const path = buildAwsServiceRequest(
      uri("arn:aws:apigateway:us-west-2:s3:path/{bucket}/{key}"),
      input({ integrationHttpMethod: "GET", pathParameters: { bucket: "b1", key: "photos/cat 1.png" } }),
    );
    expect(path.url).toBe("https://s3.us-west-2.amazonaws.com/b1/photos%2Fcat%201.png");
    expect(path.body).toBeUndefined();
    expect(path.signing).toEqual({ service: "s3", region: "us-west-2", uriEscapePath: false, applyChecksum: true });
  });

  it("keeps a query written into a path URI and appends mapped query strings", () => {
    const request = buildAwsServiceRequest(
      uri("arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders?Action=SendMessage"),
      input({ querystring: { MessageBody: ["hello"] } }),
    );
    expect(request.url).toBe("https://sqs.us-east-1.amazonaws.com/123456789012/orders?Action=SendMessage&MessageBody=hello");
  });

  it("points at a per-service override, keeping its path prefix and turning an S3 bucket subdomain into a path", () => {
    const overrides = { dynamodb: "http://127.0.0.1:8000", s3: "http://localhost:4566/s3/" };
    const dynamo = buildAwsServiceRequest(uri("arn:aws:apigateway:us-east-1:dynamodb:action/GetItem"), input({ endpointOverrides: overrides }));
    expect(dynamo.url).toBe("http://127.0.0.1:8000/?Action=GetItem");
    expect(dynamo.headers.host).toBe("127.0.0.1:8000");
    const s3 = buildAwsServiceRequest(uri("arn:aws:apigateway:us-east-1:my-bucket.s3:path/{key}"), input({ endpointOverrides: overrides, pathParameters: { key: "k" } }));
    expect(s3.url).toBe("http://localhost:4566/s3/my-bucket/k");
  });

  it("builds default endpoints with subdomains, SES's email host and the China partition", () => {
    const bucket = buildAwsServiceRequest(uri("arn:aws:apigateway:eu-west-1:my-bucket.s3:path/k"), input());
    expect(bucket.url).toBe("https://my-bucket.s3.eu-west-1.amazonaws.com/k");
    const ses = buildAwsServiceRequest(uri("arn:aws:apigateway:eu-west-1:ses:action/SendEmail"), input());
    expect(new URL(ses.url).host).toBe("email.eu-west-1.amazonaws.com");
    const china = buildAwsServiceRequest(uri("arn:aws-cn:apigateway:cn-north-1:sns:action/Publish"), input());
    expect(new URL(china.url).host).toBe("sns.cn-north-1.amazonaws.com.cn");
    const appsync = buildAwsServiceRequest(uri("arn:aws:apigateway:us-east-1:abc123.appsync-api:path/graphql"), input());
    expect([new URL(appsync.url).host, appsync.signing.service]).toEqual(["abc123.appsync-api.us-east-1.amazonaws.com", "appsync"]);
  });

  it("never forwards signature, framing or host headers it did not set itself", () => {
    const request = buildAwsServiceRequest(
      uri("arn:aws:apigateway:us-east-1:dynamodb:action/GetItem"),
      input({ headers: { Authorization: "AWS4-HMAC-SHA256 x", "X-Amz-Date": "1", "X-Amz-Security-Token": "t", Host: "evil", "Content-Length": "9", "X-Keep": "k" } }),
    );
    expect(Object.keys(request.headers).sort()).toEqual(["Content-Type", "X-Amz-Target", "X-Keep", "host"]);
  });

  it("uses the region override for the endpoint and the signature", () => {
    const request = buildAwsServiceRequest(uri("arn:aws:apigateway:us-east-1:dynamodb:action/GetItem"), input({ region: "ap-south-1" }));
    expect([new URL(request.url).host, request.signing.region]).toEqual(["dynamodb.ap-south-1.amazonaws.com", "ap-south-1"]);
  });
});
