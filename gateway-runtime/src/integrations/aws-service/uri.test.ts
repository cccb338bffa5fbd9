import { describe, expect, it } from "vitest";
import { parseAwsIntegrationUri } from "./uri";

describe("parseAwsIntegrationUri", () => {
  it("reads an action URI", () => {
    expect(parseAwsIntegrationUri("arn:aws:apigateway:us-east-1:dynamodb:action/PutItem")).toEqual({
      ok: true,
      uri: { kind: "action", partition: "aws", region: "us-east-1", service: "dynamodb", action: "PutItem", parameters: [] },
    });
  });

  it("reads parameters appended to an action, decoded and in order", () => {
    const parsed = parseAwsIntegrationUri("arn:aws:apigateway:us-west-2:s3:action/GetObject&Bucket={bucket}&Key=a%2Fb");
    expect(parsed.ok && parsed.uri).toMatchObject({ kind: "action", action: "GetObject", parameters: [["Bucket", "{bucket}"], ["Key", "a/b"]] });
  });

  it("reads a path URI with a subdomain", () => {
    expect(parseAwsIntegrationUri("arn:aws:apigateway:eu-west-1:my-bucket.s3:path/{key}")).toEqual({
      ok: true,
      uri: { kind: "path", partition: "aws", region: "eu-west-1", service: "s3", subdomain: "my-bucket", path: "{key}" },
    });
    const sqs = parseAwsIntegrationUri("arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders");
    expect(sqs.ok && sqs.uri).toMatchObject({ kind: "path", service: "sqs", path: "123456789012/orders" });
  });

  it("recognises a Lambda invocation URI and returns the function ARN", () => {
    const fn = "arn:aws:lambda:us-east-1:123456789012:function:hello:live";
    expect(parseAwsIntegrationUri(`arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${fn}/invocations`)).toEqual({
      ok: true,
      uri: { kind: "lambda", partition: "aws", region: "us-east-1", functionArn: fn },
    });
  });

  it("keeps other Lambda API paths as path URIs", () => {
    const parsed = parseAwsIntegrationUri("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions");
    expect(parsed.ok && parsed.uri.kind).toBe("path");
  });

  it("accepts other partitions", () => {
    const parsed = parseAwsIntegrationUri("arn:aws-cn:apigateway:cn-north-1:sns:action/Publish");
    expect(parsed.ok && parsed.uri).toMatchObject({ partition: "aws-cn", region: "cn-north-1", service: "sns" });
  });

  it("refuses what is not an AWS integration URI", () => {
    for (const bad of [
      "https://example.com",
      "arn:aws:apigateway:us-east-1:dynamodb:PutItem",
      "arn:aws:apigateway::dynamodb:action/PutItem",
      "arn:aws:lambda:us-east-1:123:function:x",
      "arn:aws:apigateway:us-east-1:dynamodb:action/",
      "arn:aws:apigateway:us-east-1:.s3:path/x",
    ]) {
      expect(parseAwsIntegrationUri(bad).ok).toBe(false);
    }
  });
});
