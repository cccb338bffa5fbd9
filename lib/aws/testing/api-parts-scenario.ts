/**
 * The management API for everything around resources and methods, through the AWS SDK: models, request
 * validators, gateway responses, every method and integration field with its patch paths, REST API fields,
 * and a deployment that carries them. Runs against any server that speaks the management API.
 */
import type { APIGateway } from "@aws-sdk/client-api-gateway";
import { expect } from "vitest";
import { checkGatewayResponses, checkModels, checkRequestValidators } from "./api-part-checks";
import { checkIntegrationResponses, checkIntegrations, checkMethodResponses, checkMethods } from "./method-integration-checks";
import { exactly, expectAwsError } from "./scenario-support";

export interface PartsScenarioResult {
  restApiId: string;
  deploymentId: string;
  requestValidatorId: string;
}

/** Leaves a deployed API (stage "dev") behind so the caller can look at what was deployed; the caller deletes it. */
export async function runApiPartsScenario(client: APIGateway): Promise<PartsScenarioResult> {
  await checkRestApiFields(client);
  const api = await client.createRestApi({ name: "parts", binaryMediaTypes: ["image/png"] });
  const restApiId = api.id ?? "";
  const pets = await client.createResource({ restApiId, parentId: api.rootResourceId ?? "", pathPart: "pets" });
  const target = { restApiId, resourceId: pets.id ?? "", httpMethod: "POST" };

  await checkModels(client, restApiId);
  const requestValidatorId = await checkRequestValidators(client, restApiId);
  await checkGatewayResponses(client, restApiId);
  await checkMethods(client, target, requestValidatorId);
  await checkMethodResponses(client, target);
  await checkIntegrations(client, target);
  await checkIntegrationResponses(client, target);

  const deployment = await client.createDeployment({ restApiId, stageName: "dev", description: "parts" });
  return { restApiId, deploymentId: deployment.id ?? "", requestValidatorId };
}

async function checkRestApiFields(client: APIGateway) {
  const created = await client.createRestApi({ name: "media", binaryMediaTypes: ["image/png"], apiKeySource: "AUTHORIZER" });
  expect(created).toMatchObject({ binaryMediaTypes: ["image/png"], apiKeySource: "AUTHORIZER" });
  const restApiId = created.id ?? "";
  const updated = await client.updateRestApi({
    restApiId,
    patchOperations: [
      { op: "add", path: "/binaryMediaTypes/image~1jpeg" },
      // AWS's replace removes the old type and appends the new one last.
      { op: "replace", path: "/binaryMediaTypes/image~1png", value: "image/gif" },
      { op: "replace", path: "/apiKeySource", value: "HEADER" },
    ],
  });
  expect(updated).toMatchObject({ binaryMediaTypes: ["image/jpeg", "image/gif"], apiKeySource: "HEADER" });
  const removed = await client.updateRestApi({ restApiId, patchOperations: [{ op: "remove", path: "/binaryMediaTypes/image~1jpeg" }] });
  expect((await client.getRestApi({ restApiId })).binaryMediaTypes).toEqual(["image/gif"]);
  expect(removed.binaryMediaTypes).toEqual(["image/gif"]);

  await expectAwsError(
    client.updateRestApi({ restApiId, patchOperations: [{ op: "add", path: "/binaryMediaTypes", value: "image/png" }] }),
    "BadRequestException",
    exactly("Invalid patch path /binaryMediaTypes"),
  );
  await expectAwsError(
    client.updateRestApi({ restApiId, patchOperations: [{ op: "replace", path: "/minimumCompressionSize", value: "1024" }] }),
    "BadRequestException",
    /minimumCompressionSize\) is not supported by Portico yet/,
  );
  await expectAwsError(
    client.createRestApi({ name: "gzip", minimumCompressionSize: 1024 }),
    "BadRequestException",
    exactly("CreateRestApi: minimumCompressionSize is not supported by Portico yet."),
  );
  await client.deleteRestApi({ restApiId });
}
