/**
 * The management API end to end, through the AWS SDK against a real Portico (console + gateway): build an API,
 * deploy it, change it, deploy again, roll back, and check every error type. Shared by the SQLite and the
 * PostgreSQL test files, so both databases run exactly the same script.
 */
import type { APIGateway } from "@aws-sdk/client-api-gateway";
import { expect } from "vitest";
import { runApiPartsScenario } from "./api-parts-scenario";
import { checkErrors, checkSmallOperations, checkStageVariables } from "./scenario-checks";
import { backendAnswer, sdkClient, startBackend, waitForGateway, type ScenarioContext } from "./scenario-support";

export type { ScenarioContext } from "./scenario-support";

export async function runManagementScenario(ctx: ScenarioContext): Promise<void> {
  const client = sdkClient(ctx);
  const [backendA, backendB] = [await startBackend("A"), await startBackend("B")];
  try {
    const api = await buildApi(client, backendA.url);
    const invoke = (path: string) => `${ctx.gatewayUrl}/restapis/${api.id}/dev/_user_request_${path}`;

    const first = await client.createDeployment({ restApiId: api.id, stageName: "dev", description: "first" });
    expect(first.createdDate).toBeInstanceOf(Date);
    expect(await waitForGateway(invoke("/hello"), backendAnswer("A"))).toContain('"path":"/hello"');
    await waitForGateway(invoke("/mock"), (status, body) => status === 200 && body === '{"from":"mock-v1"}');

    // Change both integrations, deploy again: the stage moves to the new deployment.
    await putProxyIntegration(client, api.id, api.proxyId, backendB.url);
    await client.putIntegrationResponse({ ...mockMethod(api), statusCode: "200", responseTemplates: { "application/json": '{"from":"mock-v2"}' } });
    // TestInvokeMethod runs the working copy (v2) on the runtime while the stage still serves v1.
    const tested = await client.testInvokeMethod({ restApiId: api.id, resourceId: api.mockId, httpMethod: "GET", pathWithQueryString: "/mock" });
    expect([tested.status, tested.body]).toEqual([200, '{"from":"mock-v2"}']);
    expect(tested.log).toContain("Method completed with status: 200");
    expect(tested.headers?.["content-type"]).toBe("application/json");
    await waitForGateway(invoke("/mock"), (status, body) => status === 200 && body === '{"from":"mock-v1"}');
    const second = await client.createDeployment({ restApiId: api.id, stageName: "dev", description: "second" });
    await waitForGateway(invoke("/hello"), backendAnswer("B"));
    await waitForGateway(invoke("/mock"), (status, body) => status === 200 && body === '{"from":"mock-v2"}');
    expect((await client.getStage({ restApiId: api.id, stageName: "dev" })).deploymentId).toBe(second.id);

    const deployments = await client.getDeployments({ restApiId: api.id });
    expect(deployments.items?.map((d) => d.id)).toEqual([second.id, first.id]);
    expect(deployments.items?.[0].description).toBe("second");

    // Rollback: point the stage at the first deployment again.
    const rolledBack = await client.updateStage({
      restApiId: api.id,
      stageName: "dev",
      patchOperations: [{ op: "replace", path: "/deploymentId", value: first.id }],
    });
    expect(rolledBack.deploymentId).toBe(first.id);
    await waitForGateway(invoke("/hello"), backendAnswer("A"));
    await waitForGateway(invoke("/mock"), (status, body) => status === 200 && body === '{"from":"mock-v1"}');

    await checkStageVariables(client, api.id);
    await checkSmallOperations(client, api.id, api.rootId, { inUse: first.id ?? "", unused: second.id ?? "" });
    await checkErrors(ctx, client, { restApiId: api.id, rootId: api.rootId, mockResourceId: api.mockId });

    await client.deleteRestApi({ restApiId: api.id });
    const apis = await client.getRestApis({});
    expect(apis.items?.some((item) => item.id === api.id)).toBe(false);

    // Models, validators, gateway responses and every method/integration field, on the built console.
    const parts = await runApiPartsScenario(client);
    await client.deleteRestApi({ restApiId: parts.restApiId });
  } finally {
    await Promise.all([backendA.close(), backendB.close()]);
  }
}

interface BuiltApi {
  id: string;
  rootId: string;
  mockId: string;
  proxyId: string;
}

const mockMethod = (api: BuiltApi) => ({ restApiId: api.id, resourceId: api.mockId, httpMethod: "GET" });

async function buildApi(client: APIGateway, backendUrl: string): Promise<BuiltApi> {
  const created = await client.createRestApi({ name: "pets", description: "scenario", endpointConfiguration: { types: ["REGIONAL"] } });
  expect(created).toMatchObject({ name: "pets", description: "scenario", endpointConfiguration: { types: ["REGIONAL"] } });
  expect(Math.abs((created.createdDate?.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
  const id = created.id ?? "";
  const rootId = created.rootResourceId ?? "";
  expect(id).toMatch(/^[a-z0-9]{10}$/);

  const renamed = await client.updateRestApi({
    restApiId: id,
    patchOperations: [
      { op: "replace", path: "/name", value: "pets-v2" },
      { op: "replace", path: "/description", value: "renamed" },
    ],
  });
  expect(renamed).toMatchObject({ id, name: "pets-v2", description: "renamed", rootResourceId: rootId });
  expect((await client.getRestApi({ restApiId: id })).name).toBe("pets-v2");

  const mock = await client.createResource({ restApiId: id, parentId: rootId, pathPart: "mock" });
  expect(mock).toMatchObject({ parentId: rootId, pathPart: "mock", path: "/mock" });
  const proxy = await client.createResource({ restApiId: id, parentId: rootId, pathPart: "{proxy+}" });
  expect(proxy.path).toBe("/{proxy+}");
  const api = { id, rootId, mockId: mock.id ?? "", proxyId: proxy.id ?? "" };

  const method = await client.putMethod({ ...mockMethod(api), authorizationType: "NONE" });
  expect(method).toMatchObject({ httpMethod: "GET", authorizationType: "NONE", apiKeyRequired: false });
  await client.putIntegration({ ...mockMethod(api), type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } });
  await client.putMethodResponse({ ...mockMethod(api), statusCode: "200" });
  const response = await client.putIntegrationResponse({
    ...mockMethod(api),
    statusCode: "200",
    responseTemplates: { "application/json": '{"from":"mock-v1"}' },
  });
  expect(response).toMatchObject({ statusCode: "200", responseTemplates: { "application/json": '{"from":"mock-v1"}' } });

  await client.putMethod({
    restApiId: id,
    resourceId: api.proxyId,
    httpMethod: "ANY",
    authorizationType: "NONE",
    requestParameters: { "method.request.path.proxy": true },
  });
  await putProxyIntegration(client, id, api.proxyId, backendUrl);
  return api;
}

async function putProxyIntegration(client: APIGateway, restApiId: string, resourceId: string, backendUrl: string) {
  const integration = await client.putIntegration({
    restApiId,
    resourceId,
    httpMethod: "ANY",
    type: "HTTP_PROXY",
    integrationHttpMethod: "ANY",
    uri: `${backendUrl}/{proxy}`,
    requestParameters: { "integration.request.path.proxy": "method.request.path.proxy" },
  });
  expect(integration).toMatchObject({ type: "HTTP_PROXY", httpMethod: "ANY", uri: `${backendUrl}/{proxy}`, timeoutInMillis: 29000 });
}
