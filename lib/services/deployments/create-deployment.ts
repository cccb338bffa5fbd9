import type { DeploymentView } from "../../domain/views";
import { SNAPSHOT_FORMAT_VERSION } from "../../domain/snapshot";
import { db } from "../../db";
import { readStageSettings } from "../../domain/stage-settings";
import { badRequest, notFound } from "../../errors";
import { newAwsId } from "../../ids";
import { createDeploymentSchema, type CreateDeploymentInput } from "../../schemas/stage.schema";
import { getRestApiOrThrow } from "../rest-apis/get-rest-api-or-throw";
import { toDeploymentView } from "../mappers";
import { buildWorkingSnapshot } from "./build-working-snapshot";
import { parseInput } from "../parse-input";
import { insertStage, recordStageChange } from "../stages/stage-writes";

/**
 * CreateDeployment: freezes the working copy (resources, methods, models, request validators, customised
 * gateway responses, binary media types) into an immutable snapshot. With stageName, the stage is created or
 * moved to the new deployment (recorded in its history), as AWS does; with canarySettings as well, the existing
 * stage keeps its deployment and the new one becomes the stage's canary.
 */
export async function createDeployment(restApiId: string, input: CreateDeploymentInput, actor?: string): Promise<DeploymentView> {
  const { canarySettings: canary, ...data } = parseInput(createDeploymentSchema, input);
  if (canary && !data.stageName) throw badRequest("A canary deployment needs the stageName of an existing stage.");
  const api = await getRestApiOrThrow(restApiId);
  const now = new Date();
  const id = newAwsId();
  const snapshot = await buildWorkingSnapshot(api, id, now);
  const row = await db().$transaction(async (tx) => {
    const deployment = await tx.deployment.create({
      data: { id, restApiId, description: data.description, formatVersion: SNAPSHOT_FORMAT_VERSION, snapshot: snapshot as object, createdBy: actor ?? null, createdAt: now },
    });
    if (data.stageName) {
      const existing = await tx.stage.findUnique({ where: { restApiId_stageName: { restApiId, stageName: data.stageName } } });
      // AWS: a canary deployment needs an existing stage; it is not created on the way.
      if (canary && !existing) throw notFound("Invalid Stage identifier specified");
      if (existing) {
        const settings = readStageSettings(existing.settings);
        await tx.stage.update({
          where: { id: existing.id },
          data: {
            // With canarySettings the stage keeps its deployment and the new one becomes its canary.
            ...(canary ? { settings: { ...settings, canarySettings: { ...canary, deploymentId: id } } as object } : { deploymentId: id }),
            ...(data.stageDescription !== undefined ? { description: data.stageDescription } : {}),
            ...(data.variables ? { variables: { ...(existing.variables as object), ...data.variables } } : {}),
          },
        });
        await recordStageChange(tx, existing.id, canary ? null : id, actor);
      } else {
        const stage = { restApiId, stageName: data.stageName, deploymentId: id, description: data.stageDescription ?? "" };
        await insertStage(tx, { ...stage, variables: data.variables ?? {} }, actor);
      }
    }
    return deployment;
  });
  return toDeploymentView(row);
}
