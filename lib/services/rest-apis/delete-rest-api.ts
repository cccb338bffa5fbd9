import { db } from "../../db";
import { findRestApiRowOrThrow } from "../lookups";
import { bumpConfigVersion } from "../runtime/bump-config-version";

/** DeleteRestApi: the API, its resources, deployments and stages; the runtime stops serving it. */
export async function deleteRestApi(restApiId: string): Promise<void> {
  await findRestApiRowOrThrow(restApiId);
  await db().$transaction(async (tx) => {
    // Stages reference deployments with Restrict; remove them first so the cascade can run.
    await tx.stage.deleteMany({ where: { restApiId } });
    await tx.restApi.delete({ where: { id: restApiId } });
    await bumpConfigVersion(tx);
  });
}
