import type { MethodResponseView } from "../../domain/views";
import { notFound } from "../../errors";
import { findMethodRowOrThrow } from "../lookups";
import { toMethodResponseView } from "../mappers";

export async function getMethodResponseOrThrow(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  statusCode: string,
): Promise<MethodResponseView> {
  const method = await findMethodRowOrThrow(restApiId, resourceId, httpMethod);
  const row = method.methodResponses.find((r) => r.statusCode === statusCode);
  if (!row) throw notFound("Invalid Response status code specified");
  return toMethodResponseView(row);
}
