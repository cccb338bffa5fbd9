import type { StageView } from "../../domain/views";
import { db } from "../../db";
import { PorticoError, conflict } from "../../errors";
import { newRowId } from "../../ids";
import { createStageSchema, type CreateStageInput } from "../../schemas/stage.schema";
import { findDeploymentRowOrThrow } from "../lookups";
import { toStageView } from "../mappers";
import { parseInput } from "../parse-input";
import { bumpConfigVersion } from "../runtime/bump-config-version";

// 10 matches AWS's stages-per-API quota.
const MAX_STAGES = 10;

/** CreateStage on an existing deployment. */
export async function createStage(restApiId: string, input: CreateStageInput, actor?: string): Promise<StageView> {
  const data = parseInput(createStageSchema, input);
  await findDeploymentRowOrThrow(restApiId, data.deploymentId);
  if (await db().stage.findUnique({ where: { restApiId_stageName: { restApiId, stageName: data.stageName } } })) {
    throw conflict("Stage already exists");
  }
  if ((await db().stage.count({ where: { restApiId } })) >= MAX_STAGES) {
    throw new PorticoError("LimitExceededException", `An API has at most ${MAX_STAGES} stages.`);
  }
  const row = await db().$transaction(async (tx) => {
    const stage = await tx.stage.create({
      data: {
        id: newRowId(),
        restApiId,
        stageName: data.stageName,
        deploymentId: data.deploymentId,
        description: data.description,
        variables: data.variables,
        settings: {},
        tags: {},
      },
    });
    await tx.stageHistory.create({ data: { id: newRowId(), stageId: stage.id, deploymentId: data.deploymentId, changedBy: actor ?? null } });
    await bumpConfigVersion(tx);
    return stage;
  });
  return toStageView(row);
}
