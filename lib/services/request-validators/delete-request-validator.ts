import { db } from "../../db";
import { findRequestValidatorRowOrThrow } from "../lookups";

/**
 * DeleteRequestValidator. Methods that named it stop naming it (a dangling id would fail every later
 * deployment); deployed stages keep validating as they were deployed.
 */
export async function deleteRequestValidator(restApiId: string, requestValidatorId: string): Promise<void> {
  const validator = await findRequestValidatorRowOrThrow(restApiId, requestValidatorId);
  await db().$transaction([
    db().method.updateMany({ where: { requestValidatorId: validator.id, resource: { restApiId } }, data: { requestValidatorId: null } }),
    db().requestValidator.delete({ where: { id: validator.id } }),
  ]);
}
