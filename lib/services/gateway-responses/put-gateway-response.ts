import type { GatewayResponseView } from "../../domain/views";
import { db } from "../../db";
import { gatewayResponseTypeSchema, putGatewayResponseSchema, type PutGatewayResponseInput } from "../../schemas/gateway-response.schema";
import { findRestApiRowOrThrow } from "../lookups";
import { toGatewayResponseView } from "../mappers";
import { parseInput } from "../parse-input";

/** PutGatewayResponse: replaces the customisation of one type as a whole (status, header mappings, templates). */
export async function putGatewayResponse(restApiId: string, responseType: string, input: PutGatewayResponseInput): Promise<GatewayResponseView> {
  await findRestApiRowOrThrow(restApiId);
  const type = parseInput(gatewayResponseTypeSchema, responseType);
  const data = parseInput(putGatewayResponseSchema, input);
  const fields = { statusCode: data.statusCode ?? null, responseParameters: data.responseParameters, responseTemplates: data.responseTemplates };
  const row = await db().gatewayResponse.upsert({
    where: { restApiId_responseType: { restApiId, responseType: type } },
    create: { restApiId, responseType: type, ...fields },
    update: fields,
  });
  return toGatewayResponseView(row);
}
