import type { StageHistoryEntry } from "../../domain/views";
import { db } from "../../db";
import { findStageRowOrThrow } from "../lookups";

/** Every deployment the stage has pointed to, newest first. */
export async function listStageHistory(restApiId: string, stageName: string): Promise<StageHistoryEntry[]> {
  const stage = await findStageRowOrThrow(restApiId, stageName);
  const rows = await db().stageHistory.findMany({
    where: { stageId: stage.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    include: { deployment: { select: { description: true, createdAt: true } } },
  });
  return rows.map((row) => ({
    deploymentId: row.deploymentId,
    deploymentDescription: row.deployment.description,
    deploymentCreatedDate: row.deployment.createdAt,
    changedAt: row.createdAt,
    ...(row.changedBy ? { changedBy: row.changedBy } : {}),
  }));
}
