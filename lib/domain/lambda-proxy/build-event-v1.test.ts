import { describe, expect, it } from "vitest";
import { buildProxyEventV1, type ProxyContextV1, type ProxyRequestV1 } from "./build-event-v1";
import { formatRequestTime } from "./request-time";

const NOW = Date.UTC(2026, 10, 21, 19, 3, 58, 123);

const ctx: ProxyContextV1 = {
  accountId: "123456789012",
  apiId: "a1b2c3d4e5",
  stage: "prod",
  deploymentId: "dep123",
  resourceId: "res123",
  resourcePath: "/{proxy+}",
  requestId: "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
  extendedRequestId: "BQGojGDLoAMFxyz=",
  domainName: "a1b2c3d4e5.execute-api.localhost",
  now: NOW,
};

const request = (over: Partial<ProxyRequestV1> = {}): ProxyRequestV1 => ({
  httpMethod: "GET",
  path: "/hello/world",
  headers: [],
  rawQueryString: "",
  pathParameters: {},
  body: null,
  isBinary: false,
  sourceIp: "192.0.2.10",
  ...over,
});

describe("buildProxyEventV1", () => {
  it("builds AWS's full 1.0 event for a GET without query, body or stage variables", () => {
    const event = buildProxyEventV1(
      request({ headers: [["Host", "a1b2c3d4e5.execute-api.localhost"], ["User-Agent", "curl/8.0"]], pathParameters: { proxy: "hello/world" } }),
      ctx,
    );
    expect(event).toEqual({
      resource: "/{proxy+}",
      path: "/hello/world",
      httpMethod: "GET",
      headers: { Host: "a1b2c3d4e5.execute-api.localhost", "User-Agent": "curl/8.0" },
      multiValueHeaders: { Host: ["a1b2c3d4e5.execute-api.localhost"], "User-Agent": ["curl/8.0"] },
      queryStringParameters: null,
      multiValueQueryStringParameters: null,
      pathParameters: { proxy: "hello/world" },
      stageVariables: null,
      requestContext: {
        accountId: "123456789012",
        apiId: "a1b2c3d4e5",
        deploymentId: "dep123",
        domainName: "a1b2c3d4e5.execute-api.localhost",
        domainPrefix: "a1b2c3d4e5",
        extendedRequestId: "BQGojGDLoAMFxyz=",
        httpMethod: "GET",
        identity: {
          accessKey: null,
          accountId: null,
          caller: null,
          cognitoAuthenticationProvider: null,
          cognitoAuthenticationType: null,
          cognitoIdentityId: null,
          cognitoIdentityPoolId: null,
          principalOrgId: null,
          sourceIp: "192.0.2.10",
          user: null,
          userAgent: "curl/8.0",
          userArn: null,
        },
        path: "/prod/hello/world",
        protocol: "HTTP/1.1",
        requestId: "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
        requestTime: "21/Nov/2026:19:03:58 +0000",
        requestTimeEpoch: NOW,
        resourceId: "res123",
        resourcePath: "/{proxy+}",
        stage: "prod",
      },
      body: null,
      isBase64Encoded: false,
    });
  });

  it("uses null, not {}, for absent headers, path parameters and stage variables", () => {
    const event = buildProxyEventV1(request(), { ...ctx, stageVariables: {} });
    expect(event.headers).toBeNull();
    expect(event.multiValueHeaders).toBeNull();
    expect(event.pathParameters).toBeNull();
    expect(event.stageVariables).toBeNull();
    expect((event.requestContext.identity as Record<string, unknown>).userAgent).toBeNull();
  });

  it("keeps repeated headers in multiValueHeaders and the last one in headers, with the client's casing", () => {
    const event = buildProxyEventV1(request({ headers: [["tEsT-HEADeR", "a"], ["Accept", "x"], ["tEsT-HEADeR", "b"]] }), ctx);
    expect(event.headers).toEqual({ "tEsT-HEADeR": "b", Accept: "x" });
    expect(event.multiValueHeaders).toEqual({ "tEsT-HEADeR": ["a", "b"], Accept: ["x"] });
  });

  it("leaves out headers AWS drops before the integration (Content-Length, Connection, Expect)", () => {
    const event = buildProxyEventV1(
      request({ headers: [["Content-Length", "2"], ["Connection", "keep-alive"], ["Expect", "100-continue"], ["X-Kept", "1"]] }),
      ctx,
    );
    expect(event.headers).toEqual({ "X-Kept": "1" });
  });

  it("decodes the query string, + as space, and keeps the last value of repeated names", () => {
    const event = buildProxyEventV1(
      request({ rawQueryString: "category=electronics&category=books&email=test%2Balias%40gmail.com&plus=test+alias&flag&bad=%zz" }),
      ctx,
    );
    expect(event.queryStringParameters).toEqual({
      category: "books",
      email: "test+alias@gmail.com",
      plus: "test alias",
      flag: "",
      bad: "%zz",
    });
    expect(event.multiValueQueryStringParameters).toEqual({
      category: ["electronics", "books"],
      email: ["test+alias@gmail.com"],
      plus: ["test alias"],
      flag: [""],
      bad: ["%zz"],
    });
  });

  it("passes a text body as a string and a binary one base64-encoded", () => {
    const text = buildProxyEventV1(request({ httpMethod: "POST", body: new TextEncoder().encode('{"a":1}') }), ctx);
    expect(text.body).toBe('{"a":1}');
    expect(text.isBase64Encoded).toBe(false);
    const binary = buildProxyEventV1(request({ httpMethod: "POST", body: new Uint8Array([0xff, 0x00, 0x01]), isBinary: true }), ctx);
    expect(binary.body).toBe("/wAB");
    expect(binary.isBase64Encoded).toBe(true);
  });

  it("sends body null for an empty body, even when binary", () => {
    const event = buildProxyEventV1(request({ httpMethod: "POST", body: new Uint8Array(0), isBinary: true }), ctx);
    expect(event.body).toBeNull();
    expect(event.isBase64Encoded).toBe(false);
  });

  it("passes stage variables, the authorizer context and API key identity when present", () => {
    const event = buildProxyEventV1(request(), {
      ...ctx,
      stageVariables: { version: "v2" },
      authorizer: { principalId: "user-1", integrationLatency: 12 },
      identity: { apiKey: "key-value", apiKeyId: "k1" },
    });
    expect(event.stageVariables).toEqual({ version: "v2" });
    expect(event.requestContext.authorizer).toEqual({ principalId: "user-1", integrationLatency: 12 });
    expect(event.requestContext.identity).toMatchObject({ apiKey: "key-value", apiKeyId: "k1" });
  });

  it("omits authorizer and API key fields when the method uses neither", () => {
    const event = buildProxyEventV1(request(), ctx);
    expect("authorizer" in event.requestContext).toBe(false);
    expect("apiKey" in (event.requestContext.identity as object)).toBe(false);
  });

  it("keeps a client's __proto__ query parameter as plain data", () => {
    const event = buildProxyEventV1(request({ rawQueryString: "__proto__=x" }), ctx);
    expect(JSON.stringify(event.queryStringParameters)).toBe('{"__proto__":"x"}');
  });
});

describe("formatRequestTime", () => {
  it("formats epoch milliseconds as AWS's CLF time in UTC, zero-padded", () => {
    expect(formatRequestTime(Date.UTC(2026, 0, 5, 3, 4, 5))).toBe("05/Jan/2026:03:04:05 +0000");
  });
});
