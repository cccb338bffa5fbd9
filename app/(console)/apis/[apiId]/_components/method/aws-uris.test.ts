import { describe, expect, it } from "vitest";
import { isLambdaIntegrationUri } from "@/lib/schemas/integration.schema";
import { awsServiceUri, lambdaUri, parseAwsServiceUri, parseLambdaUri } from "./aws-uris";

const place = { region: "us-east-1", accountId: "000000000000" };

describe("Lambda integration URIs", () => {
  it("composes AWS's invocation URI, with and without a qualifier", () => {
    expect(lambdaUri({ ...place, functionName: "orders", qualifier: "" })).toBe(
      "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:orders/invocations",
    );
    const withAlias = lambdaUri({ ...place, functionName: "orders", qualifier: "${stageVariables.alias}" });
    expect(withAlias).toContain("function:orders:${stageVariables.alias}/invocations");
    expect(isLambdaIntegrationUri(withAlias)).toBe(true);
  });

  it("reads back what it wrote, and nothing that is not a Lambda URI", () => {
    const target = { ...place, functionName: "orders", qualifier: "live" };
    expect(parseLambdaUri(lambdaUri(target))).toEqual(target);
    expect(parseLambdaUri(lambdaUri({ ...target, qualifier: "${stageVariables.v}" }))?.qualifier).toBe("${stageVariables.v}");
    expect(parseLambdaUri("arn:aws:apigateway:us-east-1:sqs:action/SendMessage")).toBeNull();
    expect(parseLambdaUri(undefined)).toBeNull();
  });
});

describe("AWS service integration URIs", () => {
  it("composes action and path forms, with a subdomain", () => {
    expect(awsServiceUri({ region: "eu-west-1", service: "sqs", subdomain: "", actionType: "action", value: "SendMessage" })).toBe(
      "arn:aws:apigateway:eu-west-1:sqs:action/SendMessage",
    );
    expect(awsServiceUri({ region: "eu-west-1", service: "s3", subdomain: "bucket", actionType: "path", value: "/key" })).toBe(
      "arn:aws:apigateway:eu-west-1:bucket.s3:path/key",
    );
  });

  it("reads the parts back", () => {
    expect(parseAwsServiceUri("arn:aws:apigateway:eu-west-1:bucket.s3:path/a/b")).toEqual({
      region: "eu-west-1",
      service: "s3",
      subdomain: "bucket",
      actionType: "path",
      value: "a/b",
    });
    expect(parseAwsServiceUri("http://example.com")).toBeNull();
  });
});
