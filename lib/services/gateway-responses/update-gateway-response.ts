import type { GatewayResponseView } from "../../domain/views";
import { db } from "../../db";
import { notFound } from "../../errors";
import { applyMapEdits } from "../../schemas/common";
import {
  gatewayResponseTypeSchema,
  updateGatewayResponseSchema,
  type UpdateGatewayResponseInput,
} from "../../schemas/gateway-response.schema";
import { findRestApiRowOrThrow } from "../lookups";
import { toGatewayResponseView } from "../mappers";
import { parseInput } from "../parse-input";
import { defaultGatewayResponseView } from "./default-gateway-response";

/**
 * UpdateGatewayResponse. A type nobody customised starts from AWS's default (its template included) and is
 * customised from then on, as on AWS. Replacing a parameter or template that is not there is AWS's 404.
 */
export async function updateGatewayResponse(
  restApiId: string,
  responseType: string,
  input: UpdateGatewayResponseInput,
): Promise<GatewayResponseView> {
  await findRestApiRowOrThrow(restApiId);
  const type = parseInput(gatewayResponseTypeSchema, responseType);
  const data = parseInput(updateGatewayResponseSchema, input);
  const row = await db().gatewayResponse.findUnique({ where: { restApiId_responseType: { restApiId, responseType: type } } });
  const current = row ? toGatewayResponseView(row) : defaultGatewayResponseView(type);
  const parameters = applyMapEdits(current.responseParameters, data.responseParameters);
  const templates = applyMapEdits(current.responseTemplates, data.responseTemplates);
  if (parameters.missingKey !== undefined || templates.missingKey !== undefined) throw notFound("Invalid parameter name specified");
  const fields = {
    statusCode: data.statusCode ?? current.statusCode ?? null,
    responseParameters: parameters.result,
    responseTemplates: templates.result,
  };
  const saved = await db().gatewayResponse.upsert({
    where: { restApiId_responseType: { restApiId, responseType: type } },
    create: { restApiId, responseType: type, ...fields },
    update: fields,
  });
  return toGatewayResponseView(saved);
}
