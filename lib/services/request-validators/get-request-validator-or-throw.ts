import type { RequestValidatorView } from "../../domain/views";
import { findRequestValidatorRowOrThrow } from "../lookups";
import { toRequestValidatorView } from "../mappers";

export async function getRequestValidatorOrThrow(restApiId: string, requestValidatorId: string): Promise<RequestValidatorView> {
  return toRequestValidatorView(await findRequestValidatorRowOrThrow(restApiId, requestValidatorId));
}
