/** Shared lookups that throw AWS's NotFoundException messages; every service resolves ids through these. */
import { db } from "../db";
import { env } from "../env";
import { notFound } from "../errors";
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
