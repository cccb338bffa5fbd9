import type { RequestValidatorView } from "../../domain/views";
import { db } from "../../db";
import { updateRequestValidatorSchema, type UpdateRequestValidatorInput } from "../../schemas/request-validator.schema";
import { findRequestValidatorRowOrThrow } from "../lookups";
import { toRequestValidatorView } from "../mappers";
import { parseInput } from "../parse-input";

/** UpdateRequestValidator (name, validateRequestBody, validateRequestParameters); effective at the next deployment. */
export async function updateRequestValidator(
  restApiId: string,
  requestValidatorId: string,
  input: UpdateRequestValidatorInput,
): Promise<RequestValidatorView> {
  const validator = await findRequestValidatorRowOrThrow(restApiId, requestValidatorId);
  const data = parseInput(updateRequestValidatorSchema, input);
  const row = await db().requestValidator.update({ where: { id: validator.id }, data });
  return toRequestValidatorView(row);
}
