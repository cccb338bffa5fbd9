import { z } from "zod";
import { GATEWAY_RESPONSE_TYPES } from "../domain/gateway-responses";
import { mapEditsSchema, stringMap } from "./common";
import { statusCodeSchema } from "./method.schema";

export const gatewayResponseTypeSchema = z.enum(GATEWAY_RESPONSE_TYPES, {
  message: `Gateway response types are ${GATEWAY_RESPONSE_TYPES.join(", ")}.`,
});

export const putGatewayResponseSchema = z.object({
  statusCode: statusCodeSchema.optional(),
  responseParameters: stringMap.default({}),
  responseTemplates: stringMap.default({}),
});
export type PutGatewayResponseInput = z.input<typeof putGatewayResponseSchema>;

/** An update after AWS patch operations have been read: a status and edits of the two maps. */
export const updateGatewayResponseSchema = z.object({
  statusCode: statusCodeSchema.optional(),
  responseParameters: mapEditsSchema(z.string()),
  responseTemplates: mapEditsSchema(z.string()),
});
export type UpdateGatewayResponseInput = z.input<typeof updateGatewayResponseSchema>;
