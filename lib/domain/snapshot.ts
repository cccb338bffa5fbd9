/**
 * The deployment snapshot: an immutable, versioned JSON document of an API as it was deployed.
 * It is the contract between the control plane (which writes it once per CreateDeployment) and the
 * gateway runtime (which compiles it into routers). Mirrors what AWS freezes in a Deployment.
 *
 * Evolving the format: add optional fields freely; anything that changes meaning bumps
 * SNAPSHOT_FORMAT_VERSION and the runtime keeps a reader for every version still stored.
 */
import type { GatewayResponseType } from "./gateway-responses";

export const SNAPSHOT_FORMAT_VERSION = 1 as const;

/** "REST" now; HTTP and WEBSOCKET APIs share stages and deployments later. */
export type ApiType = "REST" | "HTTP" | "WEBSOCKET";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export const INTEGRATION_TYPES = ["MOCK", "HTTP", "HTTP_PROXY", "AWS", "AWS_PROXY"] as const;
export type IntegrationType = (typeof INTEGRATION_TYPES)[number];

export const PASSTHROUGH_BEHAVIORS = ["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"] as const;
export type PassthroughBehavior = (typeof PASSTHROUGH_BEHAVIORS)[number];

export type ContentHandling = "CONVERT_TO_BINARY" | "CONVERT_TO_TEXT";

export interface SnapshotIntegrationResponse {
  statusCode: string;
  selectionPattern?: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
  contentHandling?: ContentHandling;
}

export interface SnapshotIntegration {
  type: IntegrationType;
  /** Backend HTTP method (AWS's integrationHttpMethod). */
  httpMethod?: string;
  uri?: string;
  connectionType: "INTERNET" | "VPC_LINK";
  /** AWS's integration credentials (an IAM role ARN), stored as given; AWS integrations decide what it means. */
  credentials?: string;
  requestParameters: Record<string, string>;
  requestTemplates: Record<string, string>;
  passthroughBehavior: PassthroughBehavior;
  /** 50..29000; AWS's default is 29000. */
  timeoutInMillis: number;
  contentHandling?: ContentHandling;
  cacheKeyParameters: string[];
  cacheNamespace?: string;
  /** Keyed by statusCode. */
  integrationResponses: Record<string, SnapshotIntegrationResponse>;
}

export interface SnapshotMethodResponse {
  statusCode: string;
  responseParameters: Record<string, boolean>;
  responseModels: Record<string, string>;
}

export interface SnapshotMethod {
  httpMethod: HttpMethod;
  authorizationType: string;
  authorizerId?: string;
  apiKeyRequired: boolean;
  operationName?: string;
  requestParameters: Record<string, boolean>;
  requestModels: Record<string, string>;
  requestValidatorId?: string;
  integration: SnapshotIntegration | null;
  /** Keyed by statusCode. */
  methodResponses: Record<string, SnapshotMethodResponse>;
}

export interface SnapshotResource {
  id: string;
  parentId: string | null;
  pathPart: string;
  /** Full path, "/" for the root, e.g. "/pets/{petId}". */
  path: string;
  /** Keyed by httpMethod. */
  methods: Record<string, SnapshotMethod>;
}

/** AWS's Model as deployed: a JSON Schema (draft 4) that requestModels name by content type. */
export interface SnapshotModel {
  name: string;
  contentType: string;
  /** The schema text exactly as stored; the runtime compiles it once per deployment. */
  schema: string;
}

/** AWS's RequestValidator: what a method that names it checks before integrating. */
export interface SnapshotRequestValidator {
  id: string;
  name: string;
  validateRequestBody: boolean;
  validateRequestParameters: boolean;
}

/** A customised gateway response (AWS's PutGatewayResponse). Types not listed keep AWS's defaults. */
export interface SnapshotGatewayResponse {
  responseType: GatewayResponseType;
  /** Absent: the type's default status (or, for other types, what DEFAULT_4XX/DEFAULT_5XX set). */
  statusCode?: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
}

export interface DeploymentSnapshot {
  formatVersion: typeof SNAPSHOT_FORMAT_VERSION;
  apiType: ApiType;
  restApiId: string;
  apiName: string;
  deploymentId: string;
  /** ISO-8601. */
  createdAt: string;
  resources: SnapshotResource[];
  // The fields below came after format 1 was first written: snapshots stored before them lack them, so
  // readers treat a missing field as "none" (no models, no validators, no customised responses).
  models?: SnapshotModel[];
  requestValidators?: SnapshotRequestValidator[];
  /** Only the customised types; every other type answers with lib/domain/gateway-responses.ts's defaults. */
  gatewayResponses?: SnapshotGatewayResponse[];
  /** Content types the API treats as binary, wildcards allowed (AWS's binaryMediaTypes). */
  binaryMediaTypes?: string[];
  /** Where API keys come from: the x-api-key header or a Lambda authorizer's usageIdentifierKey. */
  apiKeySource?: "HEADER" | "AUTHORIZER";
}
