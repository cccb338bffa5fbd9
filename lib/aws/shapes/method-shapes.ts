/** Resources, methods and integrations as AWS API Gateway sends them (Resource, Method, Integration shapes). */
import type { IntegrationResponseView, IntegrationView, MethodResponseView, MethodView, ResourceView } from "@/lib/domain/views";
import { nonEmpty } from "./rest-api-shapes";

const mapValues = <T, W>(map: Record<string, T>, fn: (value: T) => W): Record<string, W> =>
  Object.fromEntries(Object.entries(map).map(([key, value]) => [key, fn(value)]));

export function toWireIntegrationResponse(response: IntegrationResponseView) {
  return {
    statusCode: response.statusCode,
    selectionPattern: response.selectionPattern,
    responseParameters: nonEmpty(response.responseParameters),
    responseTemplates: nonEmpty(response.responseTemplates),
    contentHandling: response.contentHandling,
  };
}

export function toWireIntegration(integration: IntegrationView) {
  return {
    type: integration.type,
    httpMethod: integration.httpMethod,
    uri: integration.uri,
    connectionType: integration.connectionType,
    credentials: integration.credentials,
    requestParameters: nonEmpty(integration.requestParameters),
    requestTemplates: nonEmpty(integration.requestTemplates),
    passthroughBehavior: integration.passthroughBehavior,
    contentHandling: integration.contentHandling,
    timeoutInMillis: integration.timeoutInMillis,
    cacheNamespace: integration.cacheNamespace,
    cacheKeyParameters: integration.cacheKeyParameters,
    integrationResponses: nonEmpty(mapValues(integration.integrationResponses, toWireIntegrationResponse)),
  };
}

export function toWireMethodResponse(response: MethodResponseView) {
  return {
    statusCode: response.statusCode,
    responseParameters: nonEmpty(response.responseParameters),
    responseModels: nonEmpty(response.responseModels),
  };
}

export function toWireMethod(method: MethodView) {
  return {
    httpMethod: method.httpMethod,
    authorizationType: method.authorizationType,
    authorizerId: method.authorizerId,
    apiKeyRequired: method.apiKeyRequired,
    requestValidatorId: method.requestValidatorId,
    operationName: method.operationName,
    requestParameters: nonEmpty(method.requestParameters),
    requestModels: nonEmpty(method.requestModels),
    methodResponses: nonEmpty(mapValues(method.methodResponses, toWireMethodResponse)),
    methodIntegration: method.methodIntegration && toWireIntegration(method.methodIntegration),
  };
}

/**
 * Without embed=methods AWS still lists the resource's methods, each as an empty object ({"GET": {}});
 * with it, every method comes whole. So the services are always asked for the methods.
 */
export function toWireResource(resource: ResourceView, embedMethods: boolean) {
  const methods = resource.resourceMethods ?? {};
  return {
    id: resource.id,
    parentId: resource.parentId,
    pathPart: resource.pathPart,
    path: resource.path,
    resourceMethods: nonEmpty(mapValues(methods, (method) => (embedMethods ? toWireMethod(method) : {}))),
  };
}
