import { describe, expect, it } from "vitest";
import { restApiView } from "./testing/rest-api-view";
import { buildSnapshot, deploymentProblem } from "./build-snapshot";
import type { ResourceView } from "./views";

const api = restApiView();

const proxyMethod = {
  httpMethod: "ANY",
  authorizationType: "NONE",
  apiKeyRequired: false,
  requestParameters: {},
  requestModels: {},
  methodResponses: {},
  methodIntegration: {
    type: "HTTP_PROXY",
    httpMethod: "ANY",
    uri: "http://backend/{proxy}",
    connectionType: "INTERNET",
    requestParameters: { "integration.request.path.proxy": "method.request.path.proxy" },
    requestTemplates: {},
    passthroughBehavior: "WHEN_NO_MATCH",
    timeoutInMillis: 1000,
    cacheKeyParameters: [],
    integrationResponses: {},
  },
};

const resources: ResourceView[] = [
  { id: "root000000", path: "/" },
  { id: "proxy00000", parentId: "root000000", pathPart: "{proxy+}", path: "/{proxy+}", resourceMethods: { ANY: proxyMethod } },
];

describe("buildSnapshot", () => {
  it("freezes resources, methods and integrations in the versioned format", () => {
    const snapshot = buildSnapshot({ api, resources, deploymentId: "dep0000000", now: new Date("2026-01-01T00:00:00Z") });
    expect(snapshot.formatVersion).toBe(1);
    expect(snapshot.apiType).toBe("REST");
    expect(snapshot.createdAt).toBe("2026-01-01T00:00:00.000Z");
    expect(snapshot.resources[0]).toEqual({ id: "root000000", parentId: null, pathPart: "", path: "/", methods: {} });
    const any = snapshot.resources[1].methods.ANY;
    expect(any.integration?.type).toBe("HTTP_PROXY");
    expect(any.integration?.uri).toBe("http://backend/{proxy}");
    expect(any.integration?.timeoutInMillis).toBe(1000);
  });

  it("is plain JSON: what is stored is what is read back", () => {
    const snapshot = buildSnapshot({ api, resources, deploymentId: "dep0000000", now: new Date(0) });
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});

describe("buildSnapshot: what surrounds the resources", () => {
  const withParts = () =>
    buildSnapshot({
      api: { ...api, binaryMediaTypes: ["image/png"], apiKeySource: "AUTHORIZER" },
      resources: [
        resources[0],
        {
          ...resources[1],
          resourceMethods: { ANY: { ...proxyMethod, methodIntegration: { ...proxyMethod.methodIntegration, credentials: "arn:aws:iam::1:role/r" } } },
        },
      ],
      models: [{ id: "m1", name: "Pet", description: "ignored", contentType: "application/json", schema: '{"type":"object"}' }],
      requestValidators: [{ id: "v1", name: "all", validateRequestBody: true, validateRequestParameters: true }],
      gatewayResponses: [
        { responseType: "THROTTLED", statusCode: "503", responseParameters: {}, responseTemplates: { "application/json": "{}" }, defaultResponse: false },
        { responseType: "UNAUTHORIZED", statusCode: "401", responseParameters: {}, responseTemplates: {}, defaultResponse: true },
      ],
      deploymentId: "dep0000000",
      now: new Date(0),
    });

  it("carries models, request validators, binary media types, the API key source and integration credentials", () => {
    const snapshot = withParts();
    expect(snapshot.formatVersion).toBe(1);
    expect(snapshot.models).toEqual([{ name: "Pet", contentType: "application/json", schema: '{"type":"object"}' }]);
    expect(snapshot.requestValidators).toEqual([{ id: "v1", name: "all", validateRequestBody: true, validateRequestParameters: true }]);
    expect([snapshot.binaryMediaTypes, snapshot.apiKeySource]).toEqual([["image/png"], "AUTHORIZER"]);
    expect(snapshot.resources[1].methods.ANY.integration?.credentials).toBe("arn:aws:iam::1:role/r");
  });

  it("keeps only the customised gateway responses: the runtime knows AWS's defaults", () => {
    expect(withParts().gatewayResponses).toEqual([{ responseType: "THROTTLED", statusCode: "503", responseParameters: {}, responseTemplates: { "application/json": "{}" } }]);
  });

  it("writes empty lists when the API has none, and no credentials key for integrations without", () => {
    const snapshot = buildSnapshot({ api, resources, deploymentId: "dep0000000", now: new Date(0) });
    expect([snapshot.models, snapshot.requestValidators, snapshot.gatewayResponses, snapshot.apiKeySource]).toEqual([[], [], [], "HEADER"]);
    expect(snapshot.resources[1].methods.ANY.integration).not.toHaveProperty("credentials");
  });
});

describe("deploymentProblem", () => {
  it("refuses an API without methods, in AWS's words", () => {
    expect(deploymentProblem([{ id: "r", path: "/" }])).toBe("The REST API doesn't contain any methods");
  });

  it("refuses a method without an integration", () => {
    const bare = { ...proxyMethod, methodIntegration: undefined };
    expect(deploymentProblem([{ id: "r", path: "/", resourceMethods: { GET: bare } }])).toBe("No integration defined for method");
  });

  it("accepts a complete API", () => {
    expect(deploymentProblem(resources)).toBeNull();
  });
});
