import { describe, expect, it } from "vitest";
import { restApiView } from "../../domain/testing/rest-api-view";
import type { MethodView, ResourceView, StageView } from "@/lib/domain/views";
import { DEFAULT_LOG_RETENTION } from "@/lib/domain/stage-settings";
import { toWireMethod, toWireResource } from "./method-shapes";
import { epochSeconds, toWireList, toWireRestApi, toWireStage } from "./rest-api-shapes";

const wire = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

const method: MethodView = {
  httpMethod: "GET",
  authorizationType: "NONE",
  apiKeyRequired: false,
  requestParameters: {},
  requestModels: {},
  methodResponses: { "200": { statusCode: "200", responseParameters: {}, responseModels: {} } },
  methodIntegration: {
    type: "MOCK",
    connectionType: "INTERNET",
    requestParameters: {},
    requestTemplates: { "application/json": '{"statusCode": 200}' },
    passthroughBehavior: "WHEN_NO_MATCH",
    timeoutInMillis: 29000,
    cacheKeyParameters: [],
    integrationResponses: {},
  },
};

describe("AWS response shapes", () => {
  it("sends dates as whole epoch seconds", () => {
    expect(epochSeconds(new Date("2025-01-02T03:04:05.678Z"))).toBe(1735787045);
  });

  it("leaves out empty descriptions, tags and binary media types, as AWS does", () => {
    const api = toWireRestApi(restApiView({ id: "a", name: "n", rootResourceId: "r" }));
    expect(wire(api)).toEqual({
      id: "a",
      name: "n",
      createdDate: 0,
      apiKeySource: "HEADER",
      endpointConfiguration: { types: ["EDGE"] },
      disableExecuteApiEndpoint: false,
      rootResourceId: "r",
    });
  });

  it("lists a resource's methods by name unless they are embedded", () => {
    const resource: ResourceView = { id: "r", parentId: "p", pathPart: "x", path: "/x", resourceMethods: { GET: method } };
    expect(wire(toWireResource(resource, false))).toEqual({ id: "r", parentId: "p", pathPart: "x", path: "/x", resourceMethods: { GET: {} } });
    expect(wire(toWireResource(resource, true))).toMatchObject({ resourceMethods: { GET: { httpMethod: "GET", methodIntegration: { type: "MOCK" } } } });
    expect(wire(toWireResource({ id: "root", path: "/" }, true))).toEqual({ id: "root", path: "/" });
  });

  it("keeps cacheKeyParameters and drops empty maps in a method", () => {
    expect(wire(toWireMethod(method))).toEqual({
      httpMethod: "GET",
      authorizationType: "NONE",
      apiKeyRequired: false,
      methodResponses: { "200": { statusCode: "200" } },
      methodIntegration: {
        type: "MOCK",
        connectionType: "INTERNET",
        requestTemplates: { "application/json": '{"statusCode": 200}' },
        passthroughBehavior: "WHEN_NO_MATCH",
        timeoutInMillis: 29000,
        cacheKeyParameters: [],
      },
    });
  });

  it("shapes a stage without restApiId and with AWS's fields for settings that are off", () => {
    const stage: StageView = {
      restApiId: "a",
      stageName: "dev",
      deploymentId: "d",
      description: "",
      variables: { color: "red" },
      settings: { methodSettings: {}, cacheClusterEnabled: false, cacheGeneration: 0, tracingEnabled: false, logRetention: DEFAULT_LOG_RETENTION },
      cacheClusterStatus: "NOT_AVAILABLE",
      createdDate: new Date(1000),
      lastUpdatedDate: new Date(2000),
    };
    expect(wire(toWireStage(stage))).toEqual({
      deploymentId: "d",
      stageName: "dev",
      cacheClusterEnabled: false,
      cacheClusterStatus: "NOT_AVAILABLE",
      methodSettings: {},
      variables: { color: "red" },
      tracingEnabled: false,
      createdDate: 1,
      lastUpdatedDate: 2,
    });
  });

  it("wraps lists in AWS's item envelope with position only while more follow", () => {
    expect(wire(toWireList({ items: [1, 2], position: "Mg" }, (n) => n * 10))).toEqual({ item: [10, 20], position: "Mg" });
    expect(wire(toWireList({ items: [] }, (n: number) => n))).toEqual({ item: [] });
  });
});
