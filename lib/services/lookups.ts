/** Shared lookups that throw AWS's NotFoundException messages; every service resolves ids through these. */
import { BUILT_IN_MODELS } from "../domain/models/compile-models";
import { db } from "../db";
import { env } from "../env";
import { badRequest, notFound } from "../errors";
import { methodInclude } from "./mappers";

export async function findRestApiRowOrThrow(restApiId: string) {
  const row = await db().restApi.findUnique({ where: { id: restApiId } });
  if (!row) throw notFound(`Invalid API identifier specified ${env.accountId}:${restApiId}`);
  return row;
}

export async function findResourceRowOrThrow(restApiId: string, resourceId: string) {
  const row = await db().resource.findFirst({ where: { id: resourceId, restApiId } });
  if (!row) {
    await findRestApiRowOrThrow(restApiId);
    throw notFound("Invalid Resource identifier specified");
  }
  return row;
}

export async function findMethodRowOrThrow(restApiId: string, resourceId: string, httpMethod: string) {
  const resource = await findResourceRowOrThrow(restApiId, resourceId);
  const row = await db().method.findUnique({
    where: { resourceId_httpMethod: { resourceId: resource.id, httpMethod: httpMethod.toUpperCase() } },
    include: methodInclude,
  });
  if (!row) throw notFound("Invalid Method identifier specified");
  return row;
}

export async function findIntegrationRowOrThrow(restApiId: string, resourceId: string, httpMethod: string) {
  const method = await findMethodRowOrThrow(restApiId, resourceId, httpMethod);
  if (!method.integration) throw notFound("Invalid Integration identifier specified");
  return { method, integration: method.integration };
}

export async function findStageRowOrThrow(restApiId: string, stageName: string) {
  const row = await db().stage.findUnique({ where: { restApiId_stageName: { restApiId, stageName } } });
  if (!row) {
    await findRestApiRowOrThrow(restApiId);
    throw notFound("Invalid Stage identifier specified");
  }
  return row;
}

export async function findDeploymentRowOrThrow(restApiId: string, deploymentId: string) {
  const row = await db().deployment.findFirst({ where: { id: deploymentId, restApiId } });
  if (!row) {
    await findRestApiRowOrThrow(restApiId);
    throw notFound("Invalid Deployment identifier specified");
  }
  return row;
}

export async function rootResourceIdOf(restApiId: string): Promise<string> {
  const root = await db().resource.findFirst({ where: { restApiId, parentId: null }, select: { id: true } });
  return root?.id ?? "";
}

/** AWS answers "Invalid model name specified" also when the API itself does not exist. */
export async function findModelRowOrThrow(restApiId: string, modelName: string) {
  const row = await db().model.findUnique({ where: { restApiId_name: { restApiId, name: modelName } } });
  if (!row) throw notFound(`Invalid model name specified: ${modelName}`);
  return row;
}

/** AWS answers the same for an unknown API and an unknown validator. */
export async function findRequestValidatorRowOrThrow(restApiId: string, requestValidatorId: string) {
  const row = await db().requestValidator.findFirst({ where: { id: requestValidatorId, restApiId } });
  if (!row) throw notFound("Invalid Request Validator identifier specified");
  return row;
}

/**
 * A method may only name models of its API (PutMethod, UpdateMethod, method responses): AWS's 400. "Empty" and
 * "Error" always pass: every API has them on AWS, and APIs created before Portico added them lack the rows
 * (the runtime supplies both when a deployment does not carry them).
 */
export async function assertModelsExist(restApiId: string, modelNames: Iterable<string>): Promise<void> {
  const wanted = [...new Set(modelNames)].filter((name) => !BUILT_IN_MODELS.some((model) => model.name === name));
  if (!wanted.length) return;
  const found = await db().model.findMany({ where: { restApiId, name: { in: wanted } }, select: { name: true } });
  const missing = wanted.find((name) => !found.some((row) => row.name === name));
  if (missing !== undefined) throw badRequest(`Invalid model identifier specified: ${missing}`);
}

export async function assertRequestValidatorExists(restApiId: string, requestValidatorId: string): Promise<void> {
  if (!(await db().requestValidator.count({ where: { id: requestValidatorId, restApiId } }))) {
    throw badRequest("Invalid Request Validator identifier specified");
  }
}
