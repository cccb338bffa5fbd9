import type { MethodView } from "../../domain/views";
import { findMethodRowOrThrow } from "../lookups";
import { toMethodView } from "../mappers";

export async function getMethodOrThrow(restApiId: string, resourceId: string, httpMethod: string): Promise<MethodView> {
  return toMethodView(await findMethodRowOrThrow(restApiId, resourceId, httpMethod));
}
