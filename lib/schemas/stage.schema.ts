import { z } from "zod";
import { STAGE_NAME } from "../domain/ids";
import { parseAccessLogFormat } from "../domain/observability/access-log";
import {
  ALL_METHODS_KEY,
  CACHE_CLUSTER_SIZES,
  LOG_RETENTION_LIMITS,
  LOGGING_LEVELS,
  MAX_CACHE_TTL_SECONDS,
  UNAUTHORIZED_CACHE_CONTROL_STRATEGIES,
} from "../domain/stage-settings";

export const stageNameSchema = z
  .string()
  .trim()
  .regex(STAGE_NAME, "Stage names use letters, digits, - and _ (at most 128 characters).");

// AWS (REST API quotas and the Stage shape): names [A-Za-z0-9_] up to 64 characters, values [A-Za-z0-9-._~:/?#&=,]+
// up to 512 characters, 100 variables per stage. Canary overrides follow the same rules.
export const MAX_STAGE_VARIABLES = 100;
export const stageVariableNameSchema = z.string().regex(/^[A-Za-z0-9_]{1,64}$/, "Variable names use letters, digits and _ (at most 64).");
export const stageVariableValueSchema = z
  .string()
  .max(512, "Variable values are at most 512 characters.")
  .regex(/^[A-Za-z0-9\-._~:/?#&=,]+$/, "Variable values are not empty and may use letters, digits and -._~:/?#&=, only.");
// Keys are checked in superRefine: zod 4 replaces a record key schema's message with "Invalid key in record".
export const stageVariablesSchema = z.record(z.string(), stageVariableValueSchema).superRefine((variables, ctx) => {
  const names = Object.keys(variables);
  if (names.length > MAX_STAGE_VARIABLES) ctx.addIssue({ code: "custom", message: `A stage has at most ${MAX_STAGE_VARIABLES} variables.` });
  for (const name of names) {
    const checked = stageVariableNameSchema.safeParse(name);
    if (!checked.success) ctx.addIssue({ code: "custom", path: [name], message: `${checked.error.issues[0]?.message} (got "${name}")` });
  }
});

// ---------- method settings, cache, canary ----------

const HTTP_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "ANY"];

/** "*\/*" or AWS's "~1pets~1{id}/GET" (the resource path JSON-Pointer escaped, then the method). */
export const methodSettingKeySchema = z.string().refine((key) => {
  if (key === ALL_METHODS_KEY) return true;
  const slash = key.lastIndexOf("/");
  return slash > 0 && key.startsWith("~1") && HTTP_METHODS.includes(key.slice(slash + 1)) && !key.slice(0, slash).includes("/");
}, "A method setting key is */* or a resource path written with ~1 for each / followed by /METHOD, e.g. ~1pets~1{id}/GET.");

export const methodSettingPatchSchema = z
  .object({
    metricsEnabled: z.boolean(),
    loggingLevel: z.enum(LOGGING_LEVELS, { message: `loggingLevel is one of ${LOGGING_LEVELS.join(", ")}.` }),
    dataTraceEnabled: z.boolean(),
    throttlingBurstLimit: z.number().int("The burst limit is a whole number.").min(0, "The burst limit is 0 or more."),
    throttlingRateLimit: z.number().min(0, "The rate limit is 0 or more."),
    cachingEnabled: z.boolean(),
    cacheTtlInSeconds: z
      .number()
      .int("The cache TTL is a whole number of seconds.")
      .min(0, `The cache TTL is between 0 and ${MAX_CACHE_TTL_SECONDS} seconds.`)
      .max(MAX_CACHE_TTL_SECONDS, `The cache TTL is between 0 and ${MAX_CACHE_TTL_SECONDS} seconds.`),
    cacheDataEncrypted: z.boolean(),
    requireAuthorizationForCacheControl: z.boolean(),
    unauthorizedCacheControlHeaderStrategy: z.enum(UNAUTHORIZED_CACHE_CONTROL_STRATEGIES, {
      message: `unauthorizedCacheControlHeaderStrategy is one of ${UNAUTHORIZED_CACHE_CONTROL_STRATEGIES.join(", ")}.`,
    }),
  })
  .partial()
  .strict();
export type MethodSettingPatch = z.infer<typeof methodSettingPatchSchema>;

/** The console's PUT .../method-settings: null removes the method's own entry. */
export const putMethodSettingSchema = z.object({ key: methodSettingKeySchema, setting: methodSettingPatchSchema.nullable() });
export type PutMethodSettingInput = z.input<typeof putMethodSettingSchema>;

export const cacheClusterSizeSchema = z.enum(CACHE_CLUSTER_SIZES, {
  message: `The cache cluster size is one of ${CACHE_CLUSTER_SIZES.join(", ")} (GB).`,
});

export const updateStageCacheSchema = z.object({ cacheClusterEnabled: z.boolean(), cacheClusterSize: cacheClusterSizeSchema.optional() });
export type UpdateStageCacheInput = z.input<typeof updateStageCacheSchema>;

export const percentTrafficSchema = z
  .number({ message: "percentTraffic is a number between 0 and 100." })
  .min(0, "percentTraffic is between 0 and 100.")
  .max(100, "percentTraffic is between 0 and 100.");

/** AWS's DeploymentCanarySettings (CreateDeployment): the new deployment becomes the stage's canary. */
export const deploymentCanarySchema = z.object({
  percentTraffic: percentTrafficSchema.default(0),
  stageVariableOverrides: stageVariablesSchema.default({}),
  useStageCache: z.boolean().default(false),
});
export type DeploymentCanaryInput = z.input<typeof deploymentCanarySchema>;

/** AWS's CanarySettings (CreateStage) and the console's PUT .../canary; deploymentId defaults to the stage's. */
export const canarySettingsSchema = deploymentCanarySchema.extend({ deploymentId: z.string().min(1).optional() });
export type CanarySettingsInput = z.input<typeof canarySettingsSchema>;

// ---------- access logs and log retention ----------

/** AWS's rule for the format (one line, $context.requestId or extendedRequestId, known variables), in its words. */
export const accessLogFormatSchema = z.string().superRefine((format, ctx) => {
  const parsed = parseAccessLogFormat(format);
  if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
});

// AWS takes a CloudWatch Logs log group (optionally with its ":*" suffix) or a Kinesis Data Firehose stream whose
// name starts with amazon-apigateway-. Portico keeps the lines itself, so the ARN is stored and returned for the
// tools that send one (Terraform, CloudFormation); "" means Portico's own log store only.
const LOG_GROUP_ARN = /^arn:aws(-[a-z]+)*:logs:[a-z0-9-]+:\d{12}:log-group:[\w.\-/#]{1,512}(:\*)?$/;
const FIREHOSE_ARN = /^arn:aws(-[a-z]+)*:firehose:[a-z0-9-]+:\d{12}:deliverystream\/([\w.-]{1,64})$/;
export const accessLogDestinationArnSchema = z.string().superRefine((arn, ctx) => {
  if (arn === "" || LOG_GROUP_ARN.test(arn)) return;
  const stream = FIREHOSE_ARN.exec(arn)?.[2];
  if (stream?.startsWith("amazon-apigateway-")) return;
  ctx.addIssue({
    code: "custom",
    message: stream
      ? `A Kinesis Data Firehose stream for access logs must be named amazon-apigateway-..., not ${stream}.`
      : "The destination is a CloudWatch Logs log group ARN (arn:aws:logs:<region>:<account-id>:log-group:<name>) or a Kinesis Data Firehose stream ARN (arn:aws:firehose:<region>:<account-id>:deliverystream/amazon-apigateway-<name>).",
  });
});

const { minDays, maxDays, minRows, maxRows } = LOG_RETENTION_LIMITS;
export const logRetentionSchema = z
  .object({
    days: z
      .number({ message: "Enter how many days logs are kept." })
      .int("Logs are kept for a whole number of days.")
      .min(minDays, `Logs are kept between ${minDays} and ${maxDays} days.`)
      .max(maxDays, `Logs are kept between ${minDays} and ${maxDays} days.`),
    maxRows: z
      .number({ message: "Enter how many log rows the stage keeps." })
      .int("The row cap is a whole number.")
      .min(minRows, `The row cap is between ${minRows.toLocaleString("en-US")} and ${maxRows.toLocaleString("en-US")} rows.`)
      .max(maxRows, `The row cap is between ${minRows.toLocaleString("en-US")} and ${maxRows.toLocaleString("en-US")} rows.`),
  })
  .strict();

export const accessLogSettingsSchema = z
  .object({ format: accessLogFormatSchema, destinationArn: accessLogDestinationArnSchema.default("") })
  .strict();

/** The console's view of a stage's logging; null access log settings means access logging is off. */
export const stageLoggingSchema = z.object({ accessLogSettings: accessLogSettingsSchema.nullable(), logRetention: logRetentionSchema }).strict();
export type StageLogging = z.output<typeof stageLoggingSchema>;

/** The console's PATCH .../logging: a field left out stays as it is. */
export const updateStageLoggingSchema = stageLoggingSchema.partial();
export type UpdateStageLoggingInput = z.input<typeof updateStageLoggingSchema>;

// ---------- stages and deployments ----------

export const createStageSchema = z.object({
  stageName: stageNameSchema,
  deploymentId: z.string().min(1, "Choose a deployment."),
  description: z.string().max(4096).default(""),
  variables: stageVariablesSchema.default({}),
  cacheClusterEnabled: z.boolean().default(false),
  cacheClusterSize: cacheClusterSizeSchema.optional(),
  tracingEnabled: z.boolean().default(false),
  canarySettings: canarySettingsSchema.optional(),
});
export type CreateStageInput = z.input<typeof createStageSchema>;

/** One UpdateStage change beyond deployment, description and variables, applied in order (stage-settings edits). */
export const stageEditSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("deploymentId"), value: z.string().min(1) }),
  z.object({ kind: z.literal("description"), value: z.string().max(4096) }),
  z.object({ kind: z.literal("variable"), name: z.string(), value: z.string().nullable() }),
  z.object({ kind: z.literal("methodSetting"), key: methodSettingKeySchema, setting: methodSettingPatchSchema.nullable() }),
  z.object({ kind: z.literal("cacheClusterEnabled"), value: z.boolean() }),
  z.object({ kind: z.literal("cacheClusterSize"), value: cacheClusterSizeSchema }),
  z.object({ kind: z.literal("tracingEnabled"), value: z.boolean() }),
  z.object({ kind: z.literal("accessLogFormat"), value: accessLogFormatSchema }),
  z.object({ kind: z.literal("accessLogDestinationArn"), value: accessLogDestinationArnSchema }),
  z.object({ kind: z.literal("removeAccessLogSettings") }),
  z.object({ kind: z.literal("logRetention"), value: logRetentionSchema }),
  z.object({ kind: z.literal("canaryPercentTraffic"), value: percentTrafficSchema }),
  z.object({ kind: z.literal("canaryDeploymentId"), value: z.string().min(1) }),
  z.object({ kind: z.literal("canaryUseStageCache"), value: z.boolean() }),
  z.object({ kind: z.literal("canaryOverride"), name: z.string(), value: z.string().nullable() }),
  z.object({ kind: z.literal("removeCanary") }),
  // AWS's promotion patches: copy /canarySettings/deploymentId to /deploymentId, the overrides into /variables.
  z.object({ kind: z.literal("copyCanaryDeploymentId") }),
  z.object({ kind: z.literal("copyCanaryOverrides") }),
]);
export type StageEdit = z.infer<typeof stageEditSchema>;

/** A stage update after AWS patch operations have been read: what to set and what to remove, then `edits` in order. */
export const updateStageSchema = z.object({
  deploymentId: z.string().min(1).optional(),
  description: z.string().max(4096).optional(),
  setVariables: stageVariablesSchema.default({}),
  removeVariables: z.array(z.string()).default([]),
  edits: z.array(stageEditSchema).max(500).default([]),
});
export type UpdateStageInput = z.input<typeof updateStageSchema>;

export const createDeploymentSchema = z.object({
  stageName: stageNameSchema.optional(),
  stageDescription: z.string().max(4096).optional(),
  description: z.string().max(4096).default(""),
  variables: stageVariablesSchema.optional(),
  canarySettings: deploymentCanarySchema.optional(),
});
export type CreateDeploymentInput = z.input<typeof createDeploymentSchema>;

/** The console's deploy: `canary` deploys to the named stage's canary. */
export const consoleDeploySchema = createDeploymentSchema.omit({ canarySettings: true }).extend({ canary: deploymentCanarySchema.optional() });
