/** Parts of the management scenario that check shapes, small operations and every error type. */
import type { APIGateway } from "@aws-sdk/client-api-gateway";
import { expect } from "vitest";
import { expectAwsError, sdkClient, type ScenarioContext } from "./scenario-support";

export async function checkStageVariables(client: APIGateway, restApiId: string) {
  const patch = (patchOperations: { op: "add" | "replace" | "remove"; path: string; value?: string }[]) =>
    client.updateStage({ restApiId, stageName: "dev", patchOperations });
  expect((await patch([{ op: "add", path: "/variables/color", value: "blue" }, { op: "add", path: "/variables/size", value: "L" }])).variables).toEqual({
    color: "blue",
    size: "L",
  });
  const changed = await patch([
    { op: "replace", path: "/variables/color", value: "red" },
    { op: "remove", path: "/variables/size" },
    { op: "replace", path: "/description", value: "the dev stage" },
  ]);
  expect(changed).toMatchObject({ variables: { color: "red" }, description: "the dev stage" });
  expect(changed.lastUpdatedDate).toBeInstanceOf(Date);
  const stages = await client.getStages({ restApiId });
  expect(stages.item?.map((stage) => [stage.stageName, stage.variables])).toEqual([["dev", { color: "red" }]]);
}

export async function checkSmallOperations(client: APIGateway, restApiId: string, rootId: string, deployments: { inUse: string; unused: string }) {
  // GetResources: method names only, unless embed=methods brings them whole.
  const plain = await client.getResources({ restApiId });
  const byPath = new Map(plain.items?.map((resource) => [resource.path, resource]));
  expect([...byPath.keys()].sort()).toEqual(["/", "/mock", "/{proxy+}"]);
  expect(byPath.get("/{proxy+}")?.resourceMethods).toEqual({ ANY: {} });
  expect(byPath.get("/")?.resourceMethods).toBeUndefined();
  const embedded = await client.getResources({ restApiId, embed: ["methods"] });
  const proxy = embedded.items?.find((resource) => resource.path === "/{proxy+}");
  expect(proxy?.resourceMethods?.ANY).toMatchObject({
    httpMethod: "ANY",
    authorizationType: "NONE",
    requestParameters: { "method.request.path.proxy": true },
    methodIntegration: { type: "HTTP_PROXY", httpMethod: "ANY", passthroughBehavior: "WHEN_NO_MATCH" },
  });
  const mock = embedded.items?.find((resource) => resource.path === "/mock");
  expect(mock?.resourceMethods?.GET?.methodResponses?.["200"]).toEqual({ statusCode: "200" });
  expect(mock?.resourceMethods?.GET?.methodIntegration?.integrationResponses?.["200"]?.statusCode).toBe("200");
  const page = await client.getResources({ restApiId, limit: 2 });
  expect(page.items).toHaveLength(2);
  expect(page.position).toBeTruthy();
  const rest = await client.getResources({ restApiId, limit: 2, position: page.position });
  expect(rest.items?.map((resource) => resource.path)).toHaveLength(1);
  expect(rest.position).toBeUndefined();

  // A throwaway resource through every get and delete.
  const temp = await client.createResource({ restApiId, parentId: rootId, pathPart: "temp" });
  const method = { restApiId, resourceId: temp.id ?? "", httpMethod: "POST" };
  await client.putMethod({ ...method, authorizationType: "NONE" });
  await client.putIntegration({ ...method, type: "MOCK" });
  await client.putMethodResponse({ ...method, statusCode: "201", responseParameters: { "method.response.header.X-Id": true } });
  await client.putIntegrationResponse({ ...method, statusCode: "201", selectionPattern: "" });
  expect(await client.getMethodResponse({ ...method, statusCode: "201" })).toMatchObject({ responseParameters: { "method.response.header.X-Id": true } });
  expect((await client.getIntegrationResponse({ ...method, statusCode: "201" })).statusCode).toBe("201");
  expect((await client.getIntegration(method)).type).toBe("MOCK");
  expect((await client.getMethod(method)).methodIntegration?.type).toBe("MOCK");
  await client.deleteIntegrationResponse({ ...method, statusCode: "201" });
  await expectAwsError(client.getIntegrationResponse({ ...method, statusCode: "201" }), "NotFoundException", "Invalid Response status code specified");
  await client.deleteMethodResponse({ ...method, statusCode: "201" });
  await client.deleteIntegration(method);
  await expectAwsError(client.getIntegration(method), "NotFoundException", "Invalid Integration identifier specified");
  await client.deleteMethod(method);
  await expectAwsError(client.getMethod(method), "NotFoundException", "Invalid Method identifier specified");
  await client.deleteResource({ restApiId, resourceId: temp.id ?? "" });
  await expectAwsError(client.getResource({ restApiId, resourceId: temp.id ?? "" }), "NotFoundException", "Invalid Resource identifier specified");

  // CreateStage / DeleteStage, and deployments that may or may not be deleted.
  const qa = await client.createStage({ restApiId, stageName: "qa", deploymentId: deployments.unused, variables: { tier: "qa" } });
  expect(qa).toMatchObject({ stageName: "qa", deploymentId: deployments.unused, variables: { tier: "qa" } });
  await client.deleteStage({ restApiId, stageName: "qa" });
  await expectAwsError(client.getStage({ restApiId, stageName: "qa" }), "NotFoundException", "Invalid Stage identifier specified");
  await expectAwsError(client.deleteDeployment({ restApiId, deploymentId: deployments.inUse }), "BadRequestException");
  await client.deleteDeployment({ restApiId, deploymentId: deployments.unused });
  await expectAwsError(client.getDeployment({ restApiId, deploymentId: deployments.unused }), "NotFoundException");
  expect((await client.getDeployment({ restApiId, deploymentId: deployments.inUse })).id).toBe(deployments.inUse);
}

export async function checkErrors(ctx: ScenarioContext, client: APIGateway, ids: { restApiId: string; rootId: string; mockResourceId: string }) {
  const { restApiId, rootId, mockResourceId } = ids;
  expect(await expectAwsError(client.getRestApi({ restApiId: "nosuchapi0" }), "NotFoundException", /^Invalid API identifier specified \d+:nosuchapi0$/)).toBe(404);
  await expectAwsError(client.getResource({ restApiId, resourceId: "nosuchres0" }), "NotFoundException", "Invalid Resource identifier specified");
  await expectAwsError(client.getStage({ restApiId, stageName: "nope" }), "NotFoundException", "Invalid Stage identifier specified");
  await expectAwsError(client.getStages({ restApiId: "nosuchapi0" }), "NotFoundException");
  const conflict = await expectAwsError(
    client.createStage({ restApiId, stageName: "dev", deploymentId: (await client.getStage({ restApiId, stageName: "dev" })).deploymentId }),
    "ConflictException",
  );
  expect(conflict).toBe(409);
  await expectAwsError(client.putMethod({ restApiId, resourceId: mockResourceId, httpMethod: "GET", authorizationType: "NONE" }), "ConflictException");
  expect(await expectAwsError(client.createResource({ restApiId, parentId: rootId, pathPart: "bad part!" }), "BadRequestException")).toBe(400);
  await expectAwsError(
    client.updateStage({ restApiId, stageName: "dev", patchOperations: [{ op: "replace", path: "/clientCertificateId", value: "cert1" }] }),
    "BadRequestException",
    /'\/clientCertificateId'/,
  );
  await expectAwsError(client.getAuthorizers({ restApiId }), "BadRequestException", "Operation not supported by Portico yet: GetAuthorizers");

  // Authentication: unsigned, unknown key, wrong secret.
  const unsigned = await fetch(`${ctx.consoleUrl}/restapis`);
  expect(unsigned.status).toBe(403);
  expect(unsigned.headers.get("x-amzn-errortype")).toBe("MissingAuthenticationTokenException");
  expect(unsigned.headers.get("x-amzn-requestid")).toBeTruthy();
  expect(await unsigned.json()).toEqual({ message: "Missing Authentication Token" });
  const stranger = sdkClient(ctx, { accessKeyId: "AKIANOBODY0000000000", secretAccessKey: ctx.secretAccessKey });
  expect(await expectAwsError(stranger.getRestApis({}), "UnrecognizedClientException", "The security token included in the request is invalid.")).toBe(403);
  const wrongSecret = sdkClient(ctx, { accessKeyId: ctx.accessKeyId, secretAccessKey: `${ctx.secretAccessKey}x` });
  await expectAwsError(wrongSecret.getRestApis({}), "InvalidSignatureException", /^The request signature we calculated does not match/);
}
