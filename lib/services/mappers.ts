/** Prisma rows -> the read models in lib/domain/views.ts. */
import type {
  DeploymentView,
  GatewayResponseView,
  IntegrationResponseView,
  IntegrationView,
  MethodResponseView,
  MethodView,
  ModelView,
  RequestValidatorView,
  ResourceView,
  RestApiView,
  StageView,
} from "../domain/views";
import type { ApiType } from "../domain/snapshot";
import { asBooleanMap, asStringArray, asStringMap } from "./json";
import { readStageSettings } from "../domain/stage-settings";

interface RestApiRow {
  id: string; name: string; description: string; apiType: string; version: string | null; apiKeySource: string;
  endpointTypes: unknown; binaryMediaTypes: unknown; disableExecuteApiEndpoint: boolean; tags: unknown; createdAt: Date;
}

export function toRestApiView(row: RestApiRow, rootResourceId: string): RestApiView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    apiType: row.apiType as ApiType,
    ...(row.version ? { version: row.version } : {}),
    apiKeySource: row.apiKeySource,
    endpointConfiguration: { types: asStringArray(row.endpointTypes) },
    binaryMediaTypes: asStringArray(row.binaryMediaTypes),
    disableExecuteApiEndpoint: row.disableExecuteApiEndpoint,
    tags: asStringMap(row.tags),
    createdDate: row.createdAt,
    rootResourceId,
  };
}

interface IntegrationResponseRow {
  statusCode: string; selectionPattern: string | null; responseParameters: unknown; responseTemplates: unknown; contentHandling: string | null;
}

export function toIntegrationResponseView(row: IntegrationResponseRow): IntegrationResponseView {
  return {
    statusCode: row.statusCode,
    ...(row.selectionPattern != null ? { selectionPattern: row.selectionPattern } : {}),
    responseParameters: asStringMap(row.responseParameters),
    responseTemplates: asStringMap(row.responseTemplates),
    ...(row.contentHandling ? { contentHandling: row.contentHandling } : {}),
  };
}

export interface IntegrationRow {
  type: string; httpMethod: string | null; uri: string | null; connectionType: string; credentials: string | null;
  requestParameters: unknown; requestTemplates: unknown; passthroughBehavior: string; timeoutInMillis: number;
  contentHandling: string | null; cacheKeyParameters: unknown; cacheNamespace: string | null;
  integrationResponses: IntegrationResponseRow[];
}

export function toIntegrationView(row: IntegrationRow): IntegrationView {
  return {
    type: row.type,
    ...(row.httpMethod ? { httpMethod: row.httpMethod } : {}),
    ...(row.uri ? { uri: row.uri } : {}),
    connectionType: row.connectionType,
    ...(row.credentials ? { credentials: row.credentials } : {}),
    requestParameters: asStringMap(row.requestParameters),
    requestTemplates: asStringMap(row.requestTemplates),
    passthroughBehavior: row.passthroughBehavior,
    timeoutInMillis: row.timeoutInMillis,
    ...(row.contentHandling ? { contentHandling: row.contentHandling } : {}),
    cacheKeyParameters: asStringArray(row.cacheKeyParameters),
    ...(row.cacheNamespace ? { cacheNamespace: row.cacheNamespace } : {}),
    integrationResponses: Object.fromEntries(row.integrationResponses.map((r) => [r.statusCode, toIntegrationResponseView(r)])),
  };
}

interface MethodResponseRow { statusCode: string; responseParameters: unknown; responseModels: unknown }

export function toMethodResponseView(row: MethodResponseRow): MethodResponseView {
  return {
    statusCode: row.statusCode,
    responseParameters: asBooleanMap(row.responseParameters),
    responseModels: asStringMap(row.responseModels),
  };
}

export interface MethodRow {
  httpMethod: string; authorizationType: string; authorizerId: string | null; apiKeyRequired: boolean;
  operationName: string | null; requestParameters: unknown; requestModels: unknown; requestValidatorId: string | null;
  integration: IntegrationRow | null; methodResponses: MethodResponseRow[];
}

export function toMethodView(row: MethodRow): MethodView {
  return {
    httpMethod: row.httpMethod,
    authorizationType: row.authorizationType,
    ...(row.authorizerId ? { authorizerId: row.authorizerId } : {}),
    apiKeyRequired: row.apiKeyRequired,
    ...(row.operationName ? { operationName: row.operationName } : {}),
    requestParameters: asBooleanMap(row.requestParameters),
    requestModels: asStringMap(row.requestModels),
    ...(row.requestValidatorId ? { requestValidatorId: row.requestValidatorId } : {}),
    ...(row.integration ? { methodIntegration: toIntegrationView(row.integration) } : {}),
    methodResponses: Object.fromEntries(row.methodResponses.map((r) => [r.statusCode, toMethodResponseView(r)])),
  };
}

/** Prisma include that loads a method with everything its view shows. */
export const methodInclude = {
  integration: { include: { integrationResponses: { orderBy: { statusCode: "asc" } } } },
  methodResponses: { orderBy: { statusCode: "asc" } },
} as const;

interface ResourceRow { id: string; parentId: string | null; pathPart: string; path: string }

export function toResourceView(row: ResourceRow, methods?: MethodRow[]): ResourceView {
  return {
    id: row.id,
    ...(row.parentId ? { parentId: row.parentId, pathPart: row.pathPart } : {}),
    path: row.path,
    ...(methods && methods.length ? { resourceMethods: Object.fromEntries(methods.map((m) => [m.httpMethod, toMethodView(m)])) } : {}),
  };
}

export function toDeploymentView(row: { id: string; description: string; createdAt: Date; createdBy: string | null }): DeploymentView {
  return { id: row.id, description: row.description, createdDate: row.createdAt, ...(row.createdBy ? { createdBy: row.createdBy } : {}) };
}

export function toStageView(row: {
  restApiId: string; stageName: string; deploymentId: string; description: string; variables: unknown; settings: unknown; createdAt: Date; updatedAt: Date;
}): StageView {
  const settings = readStageSettings(row.settings);
  return {
    restApiId: row.restApiId,
    stageName: row.stageName,
    deploymentId: row.deploymentId,
    description: row.description,
    variables: asStringMap(row.variables),
    settings,
    cacheClusterStatus: settings.cacheClusterEnabled ? "AVAILABLE" : "NOT_AVAILABLE",
    createdDate: row.createdAt,
    lastUpdatedDate: row.updatedAt,
  };
}

export function toModelView(row: { id: string; name: string; description: string; contentType: string; schema: string }): ModelView {
  return { id: row.id, name: row.name, description: row.description, contentType: row.contentType, schema: row.schema };
}

export function toRequestValidatorView(row: {
  id: string; name: string; validateRequestBody: boolean; validateRequestParameters: boolean;
}): RequestValidatorView {
  return { id: row.id, name: row.name, validateRequestBody: row.validateRequestBody, validateRequestParameters: row.validateRequestParameters };
}

/** A stored (customised) gateway response; the defaults come from gateway-responses/default-gateway-response.ts. */
export function toGatewayResponseView(row: {
  responseType: string; statusCode: string | null; responseParameters: unknown; responseTemplates: unknown;
}): GatewayResponseView {
  return {
    responseType: row.responseType,
    ...(row.statusCode ? { statusCode: row.statusCode } : {}),
    responseParameters: asStringMap(row.responseParameters),
    responseTemplates: asStringMap(row.responseTemplates),
    defaultResponse: false,
  };
}
