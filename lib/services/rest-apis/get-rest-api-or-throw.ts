import type { RestApiView } from "../../domain/views";
import { findRestApiRowOrThrow, rootResourceIdOf } from "../lookups";
import { toRestApiView } from "../mappers";

export async function getRestApiOrThrow(restApiId: string): Promise<RestApiView> {
  const row = await findRestApiRowOrThrow(restApiId);
  return toRestApiView(row, await rootResourceIdOf(restApiId));
}
