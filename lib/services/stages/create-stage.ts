import type { StageView } from "../../domain/views";
import { db } from "../../db";
import { conflict } from "../../errors";
import { createStageSchema, type CreateStageInput } from "../../schemas/stage.schema";
import { findDeploymentRowOrThrow } from "../lookups";
import { toStageView } from "../mappers";
import { parseInput } from "../parse-input";
import { insertStage } from "./stage-writes";

/** CreateStage on an existing deployment. */
export async function createStage(restApiId: string, input: CreateStageInput, actor?: string): Promise<StageView> {
  const data = parseInput(createStageSchema, input);
  await findDeploymentRowOrThrow(restApiId, data.deploymentId);
  if (await db().stage.findUnique({ where: { restApiId_stageName: { restApiId, stageName: data.stageName } } })) {
    throw conflict("Stage already exists");
  }
  const row = await db().$transaction((tx) => insertStage(tx, { restApiId, ...data }, actor));
  return toStageView(row);
}
