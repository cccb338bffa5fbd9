import { GATEWAY_RESPONSES, type GatewayResponseType } from "../../domain/gateway-responses";
import type { GatewayResponseView } from "../../domain/views";

/** What AWS lists for every type nobody customised: this template, no parameters, the type's own status. */
export const DEFAULT_GATEWAY_RESPONSE_TEMPLATES: Readonly<Record<string, string>> = {
  "application/json": '{"message":$context.error.messageString}',
};

export function defaultGatewayResponseView(type: GatewayResponseType): GatewayResponseView {
  const status = GATEWAY_RESPONSES[type].status;
  return {
    responseType: type,
    ...(status !== null ? { statusCode: String(status) } : {}),
    responseParameters: {},
    responseTemplates: { ...DEFAULT_GATEWAY_RESPONSE_TEMPLATES },
    defaultResponse: true,
  };
}
