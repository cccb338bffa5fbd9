import type { GatewayResponseView } from "../../domain/views";
import { db } from "../../db";
import { gatewayResponseTypeSchema } from "../../schemas/gateway-response.schema";
import { findRestApiRowOrThrow } from "../lookups";
import { toGatewayResponseView } from "../mappers";
import { parseInput } from "../parse-input";
import { defaultGatewayResponseView } from "./default-gateway-response";

/** GetGatewayResponse: the customised response, or AWS's default for the type (never "not found"). */
export async function getGatewayResponse(restApiId: string, responseType: string): Promise<GatewayResponseView> {
  await findRestApiRowOrThrow(restApiId);
  const type = parseInput(gatewayResponseTypeSchema, responseType);
  const row = await db().gatewayResponse.findUnique({ where: { restApiId_responseType: { restApiId, responseType: type } } });
  return row ? toGatewayResponseView(row) : defaultGatewayResponseView(type);
}
