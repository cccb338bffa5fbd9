/** CreateDeployment, GetDeployments, GetDeployment, DeleteDeployment and the stage operations (FlushStageCache included). */
import { createDeploymentSchema, createStageSchema } from "@/lib/schemas/stage.schema";
import { createDeployment } from "@/lib/services/deployments/create-deployment";
import { deleteDeployment } from "@/lib/services/deployments/delete-deployment";
import { getDeploymentOrThrow } from "@/lib/services/deployments/get-deployment-or-throw";
import { listDeployments } from "@/lib/services/deployments/list-deployments";
import { createStage } from "@/lib/services/stages/create-stage";
import { deleteStage } from "@/lib/services/stages/delete-stage";
import { flushStageCache } from "@/lib/services/stages/flush-stage-cache";
import { getStageOrThrow } from "@/lib/services/stages/get-stage-or-throw";
import { listStages } from "@/lib/services/stages/list-stages";
import { updateStage } from "@/lib/services/stages/update-stage";
import { parsePatchOperations } from "../patch/patch-operations";
import { toUpdateStageInput } from "../patch/stage-patches";
import { toWireDeployment, toWireList, toWireStage } from "../shapes/rest-api-shapes";
import { parseWire, queryInt, queryString, type OperationHandler } from "./wire-input";

export const stageOperations: Record<string, OperationHandler> = {
  CreateDeployment: async ({ params, body, caller }) => {
    const input = parseWire(createDeploymentSchema, body);
    return toWireDeployment(await createDeployment(params.restApiId, input, caller));
  },
  GetDeployments: async ({ params, query }) => {
    const page = await listDeployments(params.restApiId, { position: queryString(query, "position"), limit: queryInt(query, "limit") });
    return toWireList(page, toWireDeployment);
  },
  GetDeployment: async ({ params }) => toWireDeployment(await getDeploymentOrThrow(params.restApiId, params.deploymentId)),
  DeleteDeployment: async ({ params }) => {
    await deleteDeployment(params.restApiId, params.deploymentId);
    return undefined;
  },
  CreateStage: async ({ params, body, caller }) => {
    const input = parseWire(createStageSchema, body);
    return toWireStage(await createStage(params.restApiId, input, caller));
  },
  // AWS's GetStages has no paging: every stage comes in one "item" list.
  GetStages: async ({ params, query }) => {
    const deploymentId = queryString(query, "deploymentId");
    const stages = await listStages(params.restApiId);
    return { item: stages.filter((stage) => !deploymentId || stage.deploymentId === deploymentId).map(toWireStage) };
  },
  GetStage: async ({ params }) => toWireStage(await getStageOrThrow(params.restApiId, params.stageName)),
  UpdateStage: async ({ params, body, caller }) => {
    const input = toUpdateStageInput(parsePatchOperations(body));
    return toWireStage(await updateStage(params.restApiId, params.stageName, input, caller));
  },
  DeleteStage: async ({ params }) => {
    await deleteStage(params.restApiId, params.stageName);
    return undefined;
  },
  FlushStageCache: async ({ params, caller }) => {
    await flushStageCache(params.restApiId, params.stageName, caller);
    return undefined;
  },
};
