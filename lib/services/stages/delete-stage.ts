import { db } from "../../db";
import { findStageRowOrThrow } from "../lookups";
import { bumpConfigVersion } from "../runtime/bump-config-version";

/** DeleteStage; the runtime stops serving it within a second. */
export async function deleteStage(restApiId: string, stageName: string): Promise<void> {
  const stage = await findStageRowOrThrow(restApiId, stageName);
  await db().$transaction(async (tx) => {
    await tx.stage.delete({ where: { id: stage.id } });
    await bumpConfigVersion(tx);
  });
}
