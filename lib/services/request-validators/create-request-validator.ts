import type { RequestValidatorView } from "../../domain/views";
import { db } from "../../db";
import { badRequest } from "../../errors";
import { createRequestValidatorSchema, type CreateRequestValidatorInput } from "../../schemas/request-validator.schema";
import { toRequestValidatorView } from "../mappers";
import { newShortAwsId } from "../models/create-model";
import { parseInput } from "../parse-input";

/** CreateRequestValidator. AWS answers an unknown API here with a 400, not the usual 404. */
export async function createRequestValidator(restApiId: string, input: CreateRequestValidatorInput): Promise<RequestValidatorView> {
  if (!(await db().restApi.count({ where: { id: restApiId } }))) throw badRequest("Invalid REST API identifier specified");
  const data = parseInput(createRequestValidatorSchema, input);
  const row = await db().requestValidator.create({ data: { id: newShortAwsId(), restApiId, ...data } });
  return toRequestValidatorView(row);
}
