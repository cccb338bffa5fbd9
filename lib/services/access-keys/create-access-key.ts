import { db } from "../../db";
import { seal } from "../../crypto/secret-box";
import { newAccessKeyId, newSecretAccessKey } from "../../ids";
import { createAccessKeySchema, type CreateAccessKeyInput } from "../../schemas/auth.schema";
import { parseInput } from "../parse-input";

/** A management-API key pair. The secret is returned this once; only its sealed form is stored. */
export async function createAccessKey(
  userId: string | null,
  input: CreateAccessKeyInput,
): Promise<{ accessKeyId: string; secretAccessKey: string; description: string; createdDate: Date }> {
  const data = parseInput(createAccessKeySchema, input);
  const accessKeyId = newAccessKeyId();
  const secretAccessKey = newSecretAccessKey();
  const row = await db().accessKey.create({
    data: { id: accessKeyId, userId, description: data.description, secretEncrypted: seal(secretAccessKey), source: "console" },
  });
  return { accessKeyId, secretAccessKey, description: row.description, createdDate: row.createdAt };
}
