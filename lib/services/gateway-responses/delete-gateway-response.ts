import { db } from "../../db";
import { notFound } from "../../errors";
import { gatewayResponseTypeSchema } from "../../schemas/gateway-response.schema";
import { findRestApiRowOrThrow } from "../lookups";
import { parseInput } from "../parse-input";

/** DeleteGatewayResponse: the type answers with AWS's default again. Deleting a default is AWS's 404. */
export async function deleteGatewayResponse(restApiId: string, responseType: string): Promise<void> {
  await findRestApiRowOrThrow(restApiId);
  const type = parseInput(gatewayResponseTypeSchema, responseType);
  const { count } = await db().gatewayResponse.deleteMany({ where: { restApiId, responseType: type } });
  if (count === 0) throw notFound("Gateway response type not defined on api");
}
