import type { StageView } from "../../domain/views";
import { db } from "../../db";
import { findRestApiRowOrThrow } from "../lookups";
import { toStageView } from "../mappers";

export async function listStages(restApiId: string): Promise<StageView[]> {
  await findRestApiRowOrThrow(restApiId);
  const rows = await db().stage.findMany({ where: { restApiId }, orderBy: { stageName: "asc" } });
  return rows.map(toStageView);
}
