/** Models, request validators and gateway responses as AWS API Gateway sends them. */
import type { GatewayResponseView, ModelView, RequestValidatorView } from "@/lib/domain/views";

export function toWireModel(model: ModelView) {
  return {
    id: model.id,
    name: model.name,
    description: model.description || undefined,
    schema: model.schema,
    contentType: model.contentType,
  };
}

export function toWireRequestValidator(validator: RequestValidatorView) {
  return {
    id: validator.id,
    name: validator.name,
    validateRequestBody: validator.validateRequestBody,
    validateRequestParameters: validator.validateRequestParameters,
  };
}

/** Unlike most shapes, AWS sends the two maps of a gateway response even when they are empty. */
export function toWireGatewayResponse(response: GatewayResponseView) {
  return {
    responseType: response.responseType,
    statusCode: response.statusCode,
    responseParameters: response.responseParameters,
    responseTemplates: response.responseTemplates,
    defaultResponse: response.defaultResponse,
  };
}
