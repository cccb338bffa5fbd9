import { describe, expect, it } from "vitest";
import { describeZodError } from "./common";
import { INTEGRATION_MESSAGES as M, integrationProblem, putIntegrationSchema } from "./integration.schema";

const LAMBDA = "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:f/invocations";
const problem = (type: string, httpMethod?: string, uri?: string) => integrationProblem({ type, httpMethod, uri })?.message ?? null;

describe("integrationProblem (AWS's PutIntegration rules per type)", () => {
  it("asks nothing of a MOCK integration", () => {
    expect(problem("MOCK")).toBeNull();
  });

  it("needs an absolute http(s) endpoint for HTTP and HTTP_PROXY, stage variables and path parameters allowed", () => {
    expect(problem("HTTP", "GET", "https://example.com/a")).toBeNull();
    expect(problem("HTTP_PROXY", "ANY", "http://${stageVariables.host}:8080/{proxy}")).toBeNull();
    expect(problem("HTTP_PROXY", "ANY", "${stageVariables.backend}/x")).toBeNull();
    expect(problem("HTTP", "GET", "example.com")).toBe(M.badHttpEndpoint);
    expect(problem("HTTP", "GET", "ftp://example.com")).toBe(M.badHttpEndpoint);
    expect(problem("HTTP", "GET", "http://exa mple.com")).toBe(M.badHttpEndpoint);
    expect(problem("HTTP", "GET")).toBe(M.badHttpEndpoint);
  });

  it("needs a backend method for every type but MOCK", () => {
    expect(problem("HTTP", undefined, "https://example.com")).toBe(M.missingHttpMethod);
    expect(problem("AWS", "FETCH", LAMBDA)).toBe(M.badHttpMethod);
  });

  it("needs an apigateway ARN with path or action for AWS and AWS_PROXY, and a Lambda path for AWS_PROXY", () => {
    expect(problem("AWS", "POST", "arn:aws:lambda:us-east-1:1:function:f")).toBe(M.badArn);
    expect(problem("AWS", "POST", "arn:aws:apigateway:us-east-1:s3:bucket/key")).toBe(M.arnWithoutPathOrAction);
    expect(problem("AWS", "PUT", "arn:aws:apigateway:us-east-1:s3:path/bucket/key")).toBeNull();
    expect(problem("AWS", "POST", "arn:aws:apigateway:us-east-1:sqs:action/SendMessage")).toBeNull();
    expect(problem("AWS_PROXY", "POST", "arn:aws:apigateway:us-east-1:sqs:action/SendMessage")).toBe(M.awsProxyTarget);
    expect(problem("AWS_PROXY", "POST", LAMBDA)).toBeNull();
  });

  it("refuses a Lambda integration that would not be called with POST", () => {
    expect(problem("AWS_PROXY", "GET", LAMBDA)).toBe(M.lambdaNeedsPost);
    expect(problem("AWS", "ANY", LAMBDA)).toBe(M.lambdaNeedsPost);
  });
});

describe("putIntegrationSchema", () => {
  it("answers in AWS's exact words while forms still learn which field is wrong", () => {
    const result = putIntegrationSchema.safeParse({ type: "HTTP", httpMethod: "get", uri: "nope", timeoutInMillis: 30000 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(describeZodError(result.error)).toBe(`${M.timeout}; ${M.badHttpEndpoint}`);
    expect(result.error.issues.map((issue) => issue.path[0])).toEqual(["timeoutInMillis", "uri"]);
  });

  it("keeps credentials and upper-cases the backend method", () => {
    const parsed = putIntegrationSchema.parse({ type: "AWS_PROXY", httpMethod: "post", uri: LAMBDA, credentials: "arn:aws:iam::1:role/r" });
    expect(parsed).toMatchObject({ httpMethod: "POST", credentials: "arn:aws:iam::1:role/r", timeoutInMillis: 29000, passthroughBehavior: "WHEN_NO_MATCH" });
  });
});
