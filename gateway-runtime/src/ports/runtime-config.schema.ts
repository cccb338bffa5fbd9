/**
 * Boundary check for the control plane's RuntimeConfig JSON. Unknown keys are stripped; anything the runtime
 * reads must be present and typed. A snapshot in a format this runtime cannot read refuses the whole config.
 */
import { z } from "zod";
import {
  HTTP_METHODS,
  INTEGRATION_TYPES,
  PASSTHROUGH_BEHAVIORS,
  SNAPSHOT_FORMAT_VERSION,
} from "../../../lib/domain/snapshot";
import type { RuntimeConfig } from "../../../lib/domain/runtime-contract";
import { GATEWAY_RESPONSE_TYPES } from "../../../lib/domain/gateway-responses";
import {
  CACHE_CLUSTER_SIZES,
  DEFAULT_LOG_RETENTION,
  LOGGING_LEVELS,
  UNAUTHORIZED_CACHE_CONTROL_STRATEGIES,
} from "../../../lib/domain/stage-settings";

const stringMap = z.record(z.string(), z.string());
const contentHandling = z.enum(["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"]).optional();

const integrationResponse = z.object({
  statusCode: z.string(),
  selectionPattern: z.string().optional(),
  responseParameters: stringMap,
  responseTemplates: stringMap,
  contentHandling,
});

const integration = z.object({
  type: z.enum(INTEGRATION_TYPES),
  httpMethod: z.string().optional(),
  uri: z.string().optional(),
  connectionType: z.enum(["INTERNET", "VPC_LINK"]),
  requestParameters: stringMap,
  requestTemplates: stringMap,
  passthroughBehavior: z.enum(PASSTHROUGH_BEHAVIORS),
  timeoutInMillis: z.number().int(),
  contentHandling,
  cacheKeyParameters: z.array(z.string()),
  cacheNamespace: z.string().optional(),
  credentials: z.string().optional(),
  integrationResponses: z.record(z.string(), integrationResponse),
});

const method = z.object({
  httpMethod: z.enum(HTTP_METHODS),
  authorizationType: z.string(),
  authorizerId: z.string().optional(),
  apiKeyRequired: z.boolean(),
  operationName: z.string().optional(),
  requestParameters: z.record(z.string(), z.boolean()),
  requestModels: stringMap,
  requestValidatorId: z.string().optional(),
  integration: integration.nullable(),
  methodResponses: z.record(
    z.string(),
    z.object({
      statusCode: z.string(),
      responseParameters: z.record(z.string(), z.boolean()),
      responseModels: stringMap,
    }),
  ),
});

const snapshot = z.object({
  formatVersion: z.literal(SNAPSHOT_FORMAT_VERSION),
  apiType: z.enum(["REST", "HTTP", "WEBSOCKET"]),
  restApiId: z.string(),
  apiName: z.string(),
  deploymentId: z.string(),
  createdAt: z.string(),
  resources: z.array(
    z.object({
      id: z.string(),
      parentId: z.string().nullable(),
      pathPart: z.string(),
      path: z.string(),
      methods: z.record(z.string(), method),
    }),
  ),
  models: z.array(z.object({ name: z.string(), contentType: z.string(), schema: z.string() })).optional(),
  requestValidators: z
    .array(z.object({ id: z.string(), name: z.string(), validateRequestBody: z.boolean(), validateRequestParameters: z.boolean() }))
    .optional(),
  gatewayResponses: z
    .array(
      z.object({
        responseType: z.enum(GATEWAY_RESPONSE_TYPES),
        statusCode: z.string().optional(),
        responseParameters: stringMap,
        responseTemplates: stringMap,
      }),
    )
    .optional(),
  binaryMediaTypes: z.array(z.string()).optional(),
  apiKeySource: z.enum(["HEADER", "AUTHORIZER"]).optional(),
});

const functions = z.object({
  functions: z.array(
    z.object({
      name: z.string(),
      version: z.string(),
      key: z.string(),
      handler: z.string(),
      runtime: z.string(),
      codeSha256: z.string(),
      environment: stringMap,
      timeoutMs: z.number().int().positive(),
      memoryMb: z.number().int().positive(),
    }),
  ),
  aliases: z.array(
    z.object({
      functionName: z.string(),
      name: z.string(),
      functionVersion: z.string(),
      additionalVersionWeights: z.record(z.string(), z.number()),
    }),
  ),
});

const methodSetting = z.object({
  metricsEnabled: z.boolean(),
  loggingLevel: z.enum(LOGGING_LEVELS),
  dataTraceEnabled: z.boolean(),
  throttlingBurstLimit: z.number(),
  throttlingRateLimit: z.number(),
  cachingEnabled: z.boolean(),
  cacheTtlInSeconds: z.number().int(),
  cacheDataEncrypted: z.boolean(),
  requireAuthorizationForCacheControl: z.boolean(),
  unauthorizedCacheControlHeaderStrategy: z.enum(UNAUTHORIZED_CACHE_CONTROL_STRATEGIES),
});

const stageSettings = z.object({
  methodSettings: z.record(z.string(), methodSetting),
  cacheClusterEnabled: z.boolean(),
  cacheClusterSize: z.enum(CACHE_CLUSTER_SIZES).optional(),
  cacheGeneration: z.number().int(),
  canarySettings: z
    .object({
      percentTraffic: z.number().min(0).max(100),
      deploymentId: z.string(),
      stageVariableOverrides: stringMap,
      useStageCache: z.boolean(),
    })
    .optional(),
  tracingEnabled: z.boolean(),
  accessLogSettings: z.object({ format: z.string(), destinationArn: z.string() }).optional(),
  logRetention: z.object({ days: z.number(), maxRows: z.number() }).default(DEFAULT_LOG_RETENTION),
});

const throttle = z.object({ rateLimit: z.number().nonnegative(), burstLimit: z.number().int().nonnegative() });

const usagePlan = z.object({
  id: z.string(),
  throttle: throttle.optional(),
  quota: z
    .object({ limit: z.number().int().nonnegative(), offset: z.number().int().nonnegative(), period: z.enum(["DAY", "WEEK", "MONTH"]) })
    .optional(),
  apiStages: z.array(z.object({ apiId: z.string(), stage: z.string(), throttle: z.record(z.string(), throttle).optional() })),
  keyIds: z.array(z.string()),
  quotaAdjustments: z
    .array(z.object({ id: z.string(), keyId: z.string(), periodStart: z.string(), used: z.number().int().nonnegative() }))
    .optional(),
});

const runtimeConfig = z.object({
  version: z.string().min(1),
  stages: z.array(
    z.object({
      restApiId: z.string(),
      stageName: z.string(),
      deploymentId: z.string(),
      variables: stringMap,
      updatedAt: z.string(),
      settings: stageSettings.optional(),
    }),
  ),
  snapshots: z.record(z.string(), snapshot),
  functions: functions.optional(),
  apiKeys: z.array(z.object({ id: z.string(), valueSha256: z.string(), enabled: z.boolean() })).optional(),
  usagePlans: z.array(usagePlan).optional(),
});

export type ParsedConfig = { ok: true; config: RuntimeConfig } | { ok: false; reason: string };

export function parseRuntimeConfig(json: unknown): ParsedConfig {
  const unknownFormat = findUnknownFormatVersion(json);
  if (unknownFormat) return { ok: false, reason: unknownFormat };
  const parsed = runtimeConfig.safeParse(json);
  if (!parsed.success) return { ok: false, reason: z.prettifyError(parsed.error) };
  return { ok: true, config: parsed.data };
}

/** A clear reason for the one refusal that means "upgrade the runtime", rather than zod's generic literal error. */
export function findUnknownFormatVersion(json: unknown): string | null {
  if (typeof json !== "object" || json === null || !("snapshots" in json)) return null;
  const snapshots = json.snapshots;
  if (typeof snapshots !== "object" || snapshots === null) return null;
  for (const [deploymentId, value] of Object.entries(snapshots)) {
    const version = typeof value === "object" && value !== null && "formatVersion" in value ? value.formatVersion : undefined;
    if (version !== SNAPSHOT_FORMAT_VERSION) {
      return `deployment ${deploymentId} has snapshot formatVersion ${String(version)}; this runtime reads ${SNAPSHOT_FORMAT_VERSION}`;
    }
  }
  return null;
}
