import { describe, expect, it } from "vitest";
import { restApiView } from "./testing/rest-api-view";
import { buildSnapshot } from "./build-snapshot";
import { diffDeploymentSnapshots, type DeploymentDiff, type DiffItem } from "./deployment-diff";
import type { DeploymentSnapshot } from "./snapshot";
import type { GatewayResponseView, MethodView, ModelView, RequestValidatorView, ResourceView, RestApiView } from "./views";

const api = restApiView();

function mockGet(body: string): MethodView {
  return {
    httpMethod: "GET",
    authorizationType: "NONE",
    apiKeyRequired: false,
    requestParameters: {},
    requestModels: {},
    methodResponses: { "200": { statusCode: "200", responseParameters: {}, responseModels: { "application/json": "Empty" } } },
    methodIntegration: {
      type: "MOCK",
      connectionType: "INTERNET",
      requestParameters: {},
      requestTemplates: { "application/json": '{"statusCode": 200}' },
      passthroughBehavior: "WHEN_NO_MATCH",
      timeoutInMillis: 29000,
      cacheKeyParameters: [],
      integrationResponses: { "200": { statusCode: "200", responseParameters: {}, responseTemplates: { "application/json": body } } },
    },
  };
}

interface Parts {
  api?: RestApiView;
  resources: ResourceView[];
  models?: ModelView[];
  requestValidators?: RequestValidatorView[];
  gatewayResponses?: GatewayResponseView[];
}

let counter = 0;
/** A snapshot as CreateDeployment writes it, each with its own deployment id and time (noise the diff ignores). */
function deployed(parts: Parts): DeploymentSnapshot {
  counter += 1;
  return buildSnapshot({ api, ...parts, deploymentId: `dep${String(counter).padStart(7, "0")}`, now: new Date(counter * 1000) });
}

const root = (methods: Record<string, MethodView> = {}): ResourceView => ({ id: "root000000", path: "/", resourceMethods: methods });
const pets = (methods: Record<string, MethodView>, id = "pets000000"): ResourceView => ({ id, parentId: "root000000", pathPart: "pets", path: "/pets", resourceMethods: methods });

const items = (diff: DeploymentDiff): DiffItem[] => diff.groups.flatMap((g) => g.items);
const item = (diff: DeploymentDiff, label: string): DiffItem => {
  const found = items(diff).find((i) => i.label === label);
  if (!found) throw new Error(`no item ${label} in ${items(diff).map((i) => i.label).join(", ")}`);
  return found;
};

describe("diffDeploymentSnapshots", () => {
  it("finds nothing between two deployments of the same working copy, though their ids and times differ", () => {
    const parts = { resources: [root(), pets({ GET: mockGet('{"v":1}') })], models: [{ id: "m1", name: "Pet", description: "", contentType: "application/json", schema: "{}" }] };
    const diff = diffDeploymentSnapshots(deployed(parts), deployed(parts));
    expect(diff.groups).toEqual([]);
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it("ignores resource ids: a resource deleted and recreated at the same path with the same methods is unchanged", () => {
    const diff = diffDeploymentSnapshots(deployed({ resources: [root(), pets({ GET: mockGet("{}") })] }), deployed({ resources: [root(), pets({ GET: mockGet("{}") }, "other00000")] }));
    expect(diff.groups).toEqual([]);
  });

  it("names a changed response template and gives both texts whole for a line diff", () => {
    const from = deployed({ resources: [root(), pets({ GET: mockGet('{\n  "v": 1\n}') })] });
    const to = deployed({ resources: [root(), pets({ GET: mockGet('{\n  "v": 2\n}') })] });
    const diff = diffDeploymentSnapshots(from, to);
    expect(diff.fromDeploymentId).toBe(from.deploymentId);
    expect(diff.toDeploymentId).toBe(to.deploymentId);
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 1 });
    const get = item(diff, "GET /pets");
    expect(get.kind).toBe("changed");
    expect(get.values).toEqual([]);
    expect(get.texts).toEqual([{ path: ["Integration response 200", "Templates", "application/json"], before: '{\n  "v": 1\n}', after: '{\n  "v": 2\n}' }]);
  });

  it("lists integration fields that changed, with before and after values", () => {
    const http: MethodView = {
      ...mockGet("{}"),
      methodIntegration: { ...mockGet("{}").methodIntegration!, type: "HTTP", httpMethod: "GET", uri: "http://a.example/pets", timeoutInMillis: 5000 },
    };
    const moved: MethodView = { ...http, apiKeyRequired: true, methodIntegration: { ...http.methodIntegration!, uri: "http://b.example/pets", requestParameters: { "integration.request.header.x": "'1'" } } };
    const diff = diffDeploymentSnapshots(deployed({ resources: [root(), pets({ GET: http })] }), deployed({ resources: [root(), pets({ GET: moved })] }));
    expect(item(diff, "GET /pets").values).toEqual([
      { path: ["API key required"], before: "false", after: "true" },
      { path: ["Integration", "Endpoint URI"], before: "http://a.example/pets", after: "http://b.example/pets" },
      { path: ["Integration", "Request parameters", "integration.request.header.x"], before: null, after: "'1'" },
    ]);
  });

  it("reports added and removed resources and methods, and what an added method holds", () => {
    const post: MethodView = { ...mockGet('{"created":true}'), httpMethod: "POST" };
    const from = deployed({ resources: [root({ GET: mockGet("{}") }), pets({ GET: mockGet("{}") })] });
    const to = deployed({
      resources: [root(), pets({ GET: mockGet("{}"), POST: post }), { id: "toys000000", parentId: "root000000", pathPart: "toys", path: "/toys", resourceMethods: {} }],
    });
    const diff = diffDeploymentSnapshots(from, to);
    expect(items(diff).map((i) => [i.kind, i.label])).toEqual([
      ["removed", "GET /"],
      ["added", "POST /pets"],
      ["added", "/toys"],
    ]);
    expect(diff.summary).toEqual({ added: 2, removed: 1, changed: 0 });
    const added = item(diff, "POST /pets");
    expect(added.values).toContainEqual({ path: ["Integration", "Type"], before: null, after: "MOCK" });
    expect(added.texts).toContainEqual({ path: ["Integration response 200", "Templates", "application/json"], before: null, after: '{"created":true}' });
    expect(item(diff, "GET /").values).toContainEqual({ path: ["Integration", "Type"], before: "MOCK", after: null });
  });

  it("lists methods of one path in AWS's method order", () => {
    const methods = (names: string[]) => Object.fromEntries(names.map((m) => [m, { ...mockGet("{}"), httpMethod: m }]));
    const diff = diffDeploymentSnapshots(deployed({ resources: [root(), pets({})] }), deployed({ resources: [root(), pets(methods(["DELETE", "POST", "GET"]))] }));
    expect(items(diff).map((i) => i.label)).toEqual(["GET /pets", "POST /pets", "DELETE /pets"]);
  });

  it("names request validators by name, not by id, on both sides", () => {
    const withValidator = (validatorId: string, validators: RequestValidatorView[]) =>
      deployed({ resources: [root(), pets({ GET: { ...mockGet("{}"), requestValidatorId: validatorId } })], requestValidators: validators });
    const same = diffDeploymentSnapshots(
      withValidator("v1", [{ id: "v1", name: "body", validateRequestBody: true, validateRequestParameters: false }]),
      withValidator("v9", [{ id: "v9", name: "body", validateRequestBody: true, validateRequestParameters: false }]),
    );
    expect(same.groups).toEqual([]);
    const switched = diffDeploymentSnapshots(
      withValidator("v1", [{ id: "v1", name: "body", validateRequestBody: true, validateRequestParameters: false }]),
      withValidator("v2", [
        { id: "v1", name: "body", validateRequestBody: true, validateRequestParameters: false },
        { id: "v2", name: "params", validateRequestBody: false, validateRequestParameters: true },
      ]),
    );
    expect(item(switched, "GET /pets").values).toEqual([{ path: ["Request validator"], before: "body", after: "params" }]);
    expect(item(switched, "params").kind).toBe("added");
  });

  it("diffs models, validators, gateway responses, binary media types and the API key source", () => {
    const from = deployed({
      resources: [root(), pets({ GET: mockGet("{}") })],
      models: [{ id: "m1", name: "Pet", description: "", contentType: "application/json", schema: '{\n  "type": "object"\n}' }],
      requestValidators: [{ id: "v1", name: "all", validateRequestBody: true, validateRequestParameters: true }],
      gatewayResponses: [{ responseType: "THROTTLED", statusCode: "503", responseParameters: {}, responseTemplates: {}, defaultResponse: false }],
    });
    const to = deployed({
      api: { ...api, binaryMediaTypes: ["image/png"], apiKeySource: "AUTHORIZER" },
      resources: [root(), pets({ GET: mockGet("{}") })],
      models: [{ id: "m2", name: "Pet", description: "", contentType: "application/json", schema: '{\n  "type": "object",\n  "required": ["name"]\n}' }],
      requestValidators: [{ id: "v1", name: "all", validateRequestBody: false, validateRequestParameters: true }],
      gatewayResponses: [],
    });
    const diff = diffDeploymentSnapshots(from, to);
    expect(diff.groups.map((g) => g.id)).toEqual(["models", "requestValidators", "gatewayResponses", "api"]);
    expect(item(diff, "Pet").texts).toEqual([{ path: ["Schema"], before: from.models?.[0].schema, after: to.models?.[0].schema }]);
    expect(item(diff, "all").values).toEqual([{ path: ["Validate body"], before: "true", after: "false" }]);
    expect(item(diff, "THROTTLED")).toMatchObject({ kind: "removed", values: [{ path: ["Status code"], before: "503", after: null }] });
    expect(item(diff, "API settings").values).toEqual([
      { path: ["API key source"], before: "HEADER", after: "AUTHORIZER" },
      { path: ["Binary media types", "image/png"], before: null, after: "binary" },
    ]);
  });

  it("reads snapshots stored before models, validators and the key source existed as having none", () => {
    const modern = deployed({ resources: [root(), pets({ GET: mockGet("{}") })] });
    const { models: _m, requestValidators: _v, gatewayResponses: _g, binaryMediaTypes: _b, apiKeySource: _k, ...old } = modern;
    const diff = diffDeploymentSnapshots({ ...old, deploymentId: "old0000000" }, modern);
    // Empty lists and HEADER read the same as absent ones, so nothing but noise differs.
    expect(diff.groups).toEqual([]);
  });
});
