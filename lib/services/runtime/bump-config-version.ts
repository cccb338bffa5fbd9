import type { Db } from "../../db";

type Tx = Pick<Db, "runtimeConfigVersion">;

/**
 * Marks that what the gateway runtime serves has changed. Called inside the same transaction as the change,
 * so a runtime that sees the new version also sees the change.
 */
export async function bumpConfigVersion(tx: Tx): Promise<void> {
  await tx.runtimeConfigVersion.upsert({
    where: { id: 1 },
    create: { id: 1, version: 1 },
    update: { version: { increment: 1 } },
  });
}
