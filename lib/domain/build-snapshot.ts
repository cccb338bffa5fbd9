/** Freezes the working copy of a REST API (its read models) into a DeploymentSnapshot. Pure. */
import { isGatewayResponseType } from "./gateway-responses";
import {
  SNAPSHOT_FORMAT_VERSION,
  type ContentHandling,
  type DeploymentSnapshot,
  type HttpMethod,
  type IntegrationType,
  type PassthroughBehavior,
  type SnapshotGatewayResponse,
  type SnapshotMethod,
} from "./snapshot";
import type { GatewayResponseView, MethodView, ModelView, RequestValidatorView, ResourceView, RestApiView } from "./views";

function snapshotMethod(view: MethodView): SnapshotMethod {
  const integration = view.methodIntegration;
  return {
    httpMethod: view.httpMethod as HttpMethod,
    authorizationType: view.authorizationType,
    ...(view.authorizerId ? { authorizerId: view.authorizerId } : {}),
    apiKeyRequired: view.apiKeyRequired,
    ...(view.operationName ? { operationName: view.operationName } : {}),
    requestParameters: view.requestParameters,
    requestModels: view.requestModels,
    ...(view.requestValidatorId ? { requestValidatorId: view.requestValidatorId } : {}),
    integration: integration
      ? {
          type: integration.type as IntegrationType,
          ...(integration.httpMethod ? { httpMethod: integration.httpMethod } : {}),
          ...(integration.uri ? { uri: integration.uri } : {}),
          connectionType: integration.connectionType === "VPC_LINK" ? "VPC_LINK" : "INTERNET",
          ...(integration.credentials ? { credentials: integration.credentials } : {}),
          requestParameters: integration.requestParameters,
          requestTemplates: integration.requestTemplates,
          passthroughBehavior: integration.passthroughBehavior as PassthroughBehavior,
          timeoutInMillis: integration.timeoutInMillis,
          ...(integration.contentHandling ? { contentHandling: integration.contentHandling as ContentHandling } : {}),
          cacheKeyParameters: integration.cacheKeyParameters,
          ...(integration.cacheNamespace ? { cacheNamespace: integration.cacheNamespace } : {}),
          integrationResponses: Object.fromEntries(
            Object.entries(integration.integrationResponses).map(([code, r]) => [
              code,
              {
                statusCode: r.statusCode,
                ...(r.selectionPattern !== undefined ? { selectionPattern: r.selectionPattern } : {}),
                responseParameters: r.responseParameters,
                responseTemplates: r.responseTemplates,
                ...(r.contentHandling ? { contentHandling: r.contentHandling as ContentHandling } : {}),
              },
            ]),
          ),
        }
      : null,
    methodResponses: view.methodResponses,
  };
}

/** Only customised types travel: the runtime knows AWS's defaults (lib/domain/gateway-responses.ts). */
function snapshotGatewayResponses(views: readonly GatewayResponseView[]): SnapshotGatewayResponse[] {
  return views.flatMap((view) =>
    !view.defaultResponse && isGatewayResponseType(view.responseType)
      ? [
          {
            responseType: view.responseType,
            ...(view.statusCode ? { statusCode: view.statusCode } : {}),
            responseParameters: view.responseParameters,
            responseTemplates: view.responseTemplates,
          },
        ]
      : [],
  );
}

export function buildSnapshot(input: {
  api: RestApiView;
  resources: readonly ResourceView[];
  models?: readonly ModelView[];
  requestValidators?: readonly RequestValidatorView[];
  gatewayResponses?: readonly GatewayResponseView[];
  deploymentId: string;
  now: Date;
}): DeploymentSnapshot {
  return {
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    apiType: input.api.apiType,
    restApiId: input.api.id,
    apiName: input.api.name,
    deploymentId: input.deploymentId,
    createdAt: input.now.toISOString(),
    resources: input.resources.map((r) => ({
      id: r.id,
      parentId: r.parentId ?? null,
      pathPart: r.pathPart ?? "",
      path: r.path,
      methods: Object.fromEntries(Object.entries(r.resourceMethods ?? {}).map(([m, v]) => [m, snapshotMethod(v)])),
    })),
    models: (input.models ?? []).map((m) => ({ name: m.name, contentType: m.contentType, schema: m.schema })),
    requestValidators: (input.requestValidators ?? []).map((v) => ({
      id: v.id,
      name: v.name,
      validateRequestBody: v.validateRequestBody,
      validateRequestParameters: v.validateRequestParameters,
    })),
    gatewayResponses: snapshotGatewayResponses(input.gatewayResponses ?? []),
    binaryMediaTypes: [...input.api.binaryMediaTypes],
    apiKeySource: input.api.apiKeySource === "AUTHORIZER" ? "AUTHORIZER" : "HEADER",
  };
}

/** Why an API cannot be deployed as it is, in AWS's words; null when it can. */
export function deploymentProblem(resources: readonly ResourceView[]): string | null {
  const methods = resources.flatMap((r) => Object.values(r.resourceMethods ?? {}));
  if (methods.length === 0) return "The REST API doesn't contain any methods";
  const withoutIntegration = resources.find((r) => Object.values(r.resourceMethods ?? {}).some((m) => !m.methodIntegration));
  if (withoutIntegration) return "No integration defined for method";
  return null;
}
