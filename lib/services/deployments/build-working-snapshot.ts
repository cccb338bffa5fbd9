import type { RestApiView } from "../../domain/views";
import { buildSnapshot, deploymentProblem } from "../../domain/build-snapshot";
import type { DeploymentSnapshot } from "../../domain/snapshot";
import { db } from "../../db";
import { badRequest } from "../../errors";
import { listResources } from "../resources/list-resources";
import { toGatewayResponseView, toModelView, toRequestValidatorView } from "../mappers";

/**
 * The API's working copy as a deployment snapshot: what CreateDeployment freezes and what TestInvokeMethod
 * runs. Refuses an API AWS would not deploy (a method without an integration), with AWS's message.
 */
export async function buildWorkingSnapshot(api: RestApiView, deploymentId: string, now: Date): Promise<DeploymentSnapshot> {
  const restApiId = api.id;
  const resources = (await listResources(restApiId, { embedMethods: true, limit: 500 })).items;
  const problem = deploymentProblem(resources);
  if (problem) throw badRequest(problem);
  const [models, requestValidators, gatewayResponses] = await Promise.all([
    db().model.findMany({ where: { restApiId }, orderBy: { name: "asc" } }),
    db().requestValidator.findMany({ where: { restApiId }, orderBy: { id: "asc" } }),
    db().gatewayResponse.findMany({ where: { restApiId }, orderBy: { responseType: "asc" } }),
  ]);
  return buildSnapshot({
    api,
    resources,
    models: models.map(toModelView),
    requestValidators: requestValidators.map(toRequestValidatorView),
    gatewayResponses: gatewayResponses.map(toGatewayResponseView),
    deploymentId,
    now,
  });
}
