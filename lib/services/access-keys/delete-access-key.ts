import { db } from "../../db";
import { notFound } from "../../errors";

export async function deleteAccessKey(accessKeyId: string): Promise<void> {
  const { count } = await db().accessKey.deleteMany({ where: { id: accessKeyId } });
  if (!count) throw notFound("Access key not found.");
}
