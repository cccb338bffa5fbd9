/**
 * The control plane's read models. Field names follow AWS API Gateway's REST API shapes (resourceMethods,
 * methodIntegration, createdDate...) so the management API maps them almost one to one and the console
 * speaks the same vocabulary as AWS's documentation.
 */
import type { ApiType } from "./snapshot";
import type { StageSettings } from "./stage-settings";

export interface RestApiView {
  id: string;
  name: string;
  description: string;
  apiType: ApiType;
  version?: string;
  apiKeySource: string;
  endpointConfiguration: { types: string[] };
  binaryMediaTypes: string[];
  disableExecuteApiEndpoint: boolean;
  tags: Record<string, string>;
  createdDate: Date;
  rootResourceId: string;
}

export interface IntegrationResponseView {
  statusCode: string;
  selectionPattern?: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
  contentHandling?: string;
}

export interface IntegrationView {
  type: string;
  httpMethod?: string;
  uri?: string;
  connectionType: string;
  credentials?: string;
  requestParameters: Record<string, string>;
  requestTemplates: Record<string, string>;
  passthroughBehavior: string;
  timeoutInMillis: number;
  contentHandling?: string;
  cacheKeyParameters: string[];
  cacheNamespace?: string;
  integrationResponses: Record<string, IntegrationResponseView>;
}

export interface MethodResponseView {
  statusCode: string;
  responseParameters: Record<string, boolean>;
  responseModels: Record<string, string>;
}

export interface MethodView {
  httpMethod: string;
  authorizationType: string;
  authorizerId?: string;
  apiKeyRequired: boolean;
  operationName?: string;
  requestParameters: Record<string, boolean>;
  requestModels: Record<string, string>;
  requestValidatorId?: string;
  methodIntegration?: IntegrationView;
  methodResponses: Record<string, MethodResponseView>;
}

export interface ResourceView {
  id: string;
  parentId?: string;
  pathPart?: string;
  path: string;
  /** Present when methods are embedded (AWS's embed=methods); otherwise the method names only. */
  resourceMethods?: Record<string, MethodView>;
}

/** AWS's Model: a named JSON Schema for one content type. */
export interface ModelView {
  id: string;
  name: string;
  description: string;
  contentType: string;
  schema: string;
}

export interface RequestValidatorView {
  id: string;
  name: string;
  validateRequestBody: boolean;
  validateRequestParameters: boolean;
}

/** One gateway response type as AWS lists it: customised, or AWS's default (defaultResponse true). */
export interface GatewayResponseView {
  responseType: string;
  /** Absent for DEFAULT_4XX/DEFAULT_5XX until someone sets one. */
  statusCode?: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
  defaultResponse: boolean;
}

export interface DeploymentView {
  id: string;
  description: string;
  createdDate: Date;
  createdBy?: string;
}

export interface StageView {
  restApiId: string;
  stageName: string;
  deploymentId: string;
  description: string;
  variables: Record<string, string>;
  /** Method settings, cache cluster, canary and tracing, defaults filled (lib/domain/stage-settings). */
  settings: StageSettings;
  /** AWS's cacheClusterStatus: AVAILABLE while the cache cluster is enabled. */
  cacheClusterStatus: "AVAILABLE" | "NOT_AVAILABLE";
  createdDate: Date;
  lastUpdatedDate: Date;
}

export interface StageHistoryEntry {
  deploymentId: string;
  deploymentDescription: string;
  deploymentCreatedDate: Date;
  changedAt: Date;
  changedBy?: string;
}

export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page (AWS's `position`); absent on the last page. */
  position?: string;
}

export interface AccessKeyView {
  accessKeyId: string;
  description: string;
  source: "console" | "env";
  createdDate: Date;
  lastUsedDate?: Date;
}
