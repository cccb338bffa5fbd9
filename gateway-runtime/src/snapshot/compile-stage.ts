/** Compiles one stage (its deployment snapshot plus its stage variables) into a router of ready methods. */
import { pathPartParamName } from "../../../lib/domain/paths";
import type { DeploymentSnapshot, SnapshotResource } from "../../../lib/domain/snapshot";
import type { RuntimeStage } from "../../../lib/domain/runtime-contract";
import { Router } from "../router/router";
import { compileIntegration } from "../stages/integrate";
import type { UpstreamPools } from "../integrations/upstream-pools";
import type { CompiledMethod, CompiledResource, CompiledStage } from "./compiled";
import type { LambdaRuntime } from "../lambda/lambda-runtime";
import type { AwsServiceSettings } from "../integrations/mapped/aws-service-backend";
import type { Exchange } from "../pipeline/exchange";
import type { RequestStage, ResponseStage } from "../pipeline/stage";
import { VALIDATE_ORDER, type MethodPlugin } from "../pipeline/method-plugins";
import { effectiveMethodSetting, readStageSettings, type StageSettings } from "../../../lib/domain/stage-settings";
import { parseAccessLogFormat, type AccessLogSegment } from "../../../lib/domain/observability/access-log";
import { compileModels, type CompiledModels } from "../../../lib/domain/models/compile-models";
import { compileRequestValidation } from "../../../lib/domain/models/request-validation";
import { compileGatewayResponses } from "../../../lib/domain/gateway-responses/resolve";
import { ValidateStage } from "../stages/validate";

export interface CompileContext {
  pools: UpstreamPools;
  maxBodyBytes: number;
  warn(message: string, fields?: Record<string, unknown>): void;
  /**
   * Where a request's problem goes when its method keeps no execution log (loggingLevel OFF); default: the
   * operational log. With an execution log the problem is an error line of it.
   */
  report?(ex: Exchange, message: string): void;
  accountId?: string;
  lambda?: LambdaRuntime | null;
  awsService?: AwsServiceSettings;
  /** Per-method features (access, cache...), see pipeline/method-plugins. */
  plugins?: readonly MethodPlugin[];
  /** True while compiling a stage's canary copy. */
  canary?: boolean;
}

const NO_AWS_SERVICE: AwsServiceSettings = { credentials: null, endpointOverrides: {} };
// AWS-BEHAVIOUR 2.2: X-Amzn-Trace-Id comes back on answers of every integration but MOCK and HTTP_PROXY.
const TRACED_RESPONSE_TYPES = new Set(["HTTP", "AWS", "AWS_PROXY"]);

export function stageCacheKey(stage: RuntimeStage): string {
  const variables = Object.keys(stage.variables)
    .sort()
    .map((name) => [name, stage.variables[name]]);
  return JSON.stringify([stage.restApiId, stage.stageName, stage.deploymentId, variables, stage.settings ?? null]);
}

export function compileStage(stage: RuntimeStage, snapshot: DeploymentSnapshot, context: CompileContext): CompiledStage {
  const models = compileModels(stage.restApiId, snapshot.models ?? []);
  for (const problem of models.errors) context.warn(`model ${problem.modelName} does not compile: ${problem.reason}`, { restApiId: stage.restApiId });
  const settings = readStageSettings(stage.settings);
  const resources = snapshot.resources.map((resource) => compileResource(resource, stage, settings, snapshot, models, context));
  const customised = snapshot.gatewayResponses ?? [];
  const gatewayResponses = customised.length > 0 ? compileGatewayResponses(customised) : null;
  for (const problem of gatewayResponses?.problems ?? []) context.warn(`gateway response: ${problem}`, { restApiId: stage.restApiId });
  return {
    accountId: context.accountId ?? "000000000000",
    gatewayResponses,
    restApiId: stage.restApiId,
    stageName: stage.stageName,
    deploymentId: stage.deploymentId,
    variables: { ...stage.variables },
    router: new Router(resources),
    accessLog: compileAccessLog(settings, (message) => context.warn(message, { restApiId: stage.restApiId, stage: stage.stageName })),
    cacheKey: stageCacheKey(stage),
    // compile-config attaches the canary's copy.
    canary: null,
  };
}

/** accessLogSettings.format parsed once; a stored format that does not parse writes no lines (and says so once). */
function compileAccessLog(settings: StageSettings, warn: (message: string) => void): AccessLogSegment[] | null {
  const format = settings.accessLogSettings?.format;
  if (format === undefined || format === "") return null;
  const parsed = parseAccessLogFormat(format);
  if (parsed.ok) return parsed.segments;
  warn(`access log format not used: ${parsed.message}`);
  return null;
}

function compileResource(
  resource: SnapshotResource,
  stage: RuntimeStage,
  settings: StageSettings,
  snapshot: DeploymentSnapshot,
  models: CompiledModels,
  context: CompileContext,
): CompiledResource {
  const paramNames = resource.path
    .split("/")
    .map((part) => pathPartParamName(part))
    .filter((name): name is string => name !== null);
  const methods = new Map<string, CompiledMethod>();
  let any: CompiledMethod | null = null;
  for (const method of Object.values(resource.methods)) {
    const where = { restApiId: stage.restApiId, stage: stage.stageName, resource: resource.path, method: method.httpMethod };
    // Plugins (access, cache; authorizers later) add stages only to methods that use them, around validation.
    const ordered: { order: number; request?: RequestStage; response?: ResponseStage }[] = [];
    const target = { stage, settings, snapshot, method, resourcePath: resource.path, canary: context.canary === true };
    for (const plugin of context.plugins ?? []) {
      const stages = plugin.compile(target);
      if (stages) ordered.push({ order: plugin.order, ...stages });
    }
    const validator = method.requestValidatorId
      ? snapshot.requestValidators?.find((candidate) => candidate.id === method.requestValidatorId)
      : undefined;
    if (validator) {
      const validate = compileRequestValidation(method, validator, models);
      const needsBody = validator.validateRequestBody && Object.keys(method.requestModels).length > 0;
      if (validate) ordered.push({ order: VALIDATE_ORDER, request: new ValidateStage(validate, needsBody, context.maxBodyBytes) });
    }
    ordered.sort((a, b) => a.order - b.order);
    const requestStages = ordered.flatMap((entry) => (entry.request ? [entry.request] : []));
    const responseStages = ordered.flatMap((entry) => (entry.response ? [entry.response] : []));
    const logging = effectiveMethodSetting(settings, resource.path, method.httpMethod);
    const logLevel = logging?.loggingLevel ?? "OFF";
    const dataTrace = logLevel !== "OFF" && logging?.dataTraceEnabled === true;
    // Access (API key, usage plan) runs before AWS writes "Starting execution".
    const firstAfterAccess = requestStages.findIndex((candidate) => candidate.name !== "access");
    const integration = compileIntegration(method, {
      pools: context.pools,
      variables: stage.variables,
      paramNames,
      maxBodyBytes: context.maxBodyBytes,
      warn: (message) => context.warn(message, where),
      report: (ex, message) => {
        if (ex.exec) ex.exec.error(message);
        else if (context.report) context.report(ex, message);
        else context.warn(message, { ...where, requestId: ex.requestId });
      },
      accountId: context.accountId ?? "000000000000",
      binaryMediaTypes: snapshot.binaryMediaTypes ?? [],
      lambda: context.lambda ?? null,
      awsService: context.awsService ?? NO_AWS_SERVICE,
      dataTrace,
    });
    const compiled: CompiledMethod = {
      httpMethod: method.httpMethod,
      resourcePath: resource.path,
      requestStages,
      integration,
      responseStages,
      logLevel,
      dataTrace,
      logStartIndex: firstAfterAccess < 0 ? requestStages.length : firstAfterAccess,
      traceResponse: TRACED_RESPONSE_TYPES.has(integration.type),
    };
    if (method.httpMethod === "ANY") any = compiled;
    else methods.set(method.httpMethod, compiled);
  }
  return { id: resource.id, path: resource.path, paramNames, methods, any };
}
