import type { StageView } from "../../domain/views";
import { findStageRowOrThrow } from "../lookups";
import { toStageView } from "../mappers";

export async function getStageOrThrow(restApiId: string, stageName: string): Promise<StageView> {
  return toStageView(await findStageRowOrThrow(restApiId, stageName));
}
