/**
 * The integrate stage: turns a method's snapshot integration into a ready Integration at compile time.
 * Types not built yet answer AWS's configuration error (500) instead of failing the whole deployment.
 */
import type { SnapshotIntegration, SnapshotMethod } from "../../../lib/domain/snapshot";
import type { Integration, Outcome } from "../pipeline/stage";
import { HttpProxyIntegration } from "../integrations/http-proxy";
import { MockIntegration } from "../integrations/mock";
import type { UpstreamPools } from "../integrations/upstream-pools";
import { compileUri } from "../integrations/uri-template";
import type { Exchange } from "../pipeline/exchange";
import type { LambdaRuntime } from "../lambda/lambda-runtime";
import { parseAwsIntegrationUri } from "../integrations/aws-service/uri";
import { AwsServiceBackend, type AwsServiceSettings } from "../integrations/mapped/aws-service-backend";
import { compileMapped, type MappedCompileContext } from "../integrations/mapped/compile-mapped";
import { HttpBackend } from "../integrations/mapped/http-backend";
import { LambdaBackend } from "../integrations/mapped/lambda-backend";
import { MockBackend } from "../integrations/mapped/mock-backend";
import { LambdaProxyIntegration } from "../integrations/lambda-proxy";
import { substituteStageVariables } from "../integrations/stage-variables";

export interface IntegrationContext {
  pools: UpstreamPools;
  variables: Readonly<Record<string, string>>;
  /** Path parameter names of the resource, in match order. */
  paramNames: readonly string[];
  maxBodyBytes: number;
  /** Reports a problem found while compiling (once per compile, not per request). */
  warn(message: string): void;
  /** Reports a problem of one request (AWS's execution log line); never shown to the client. */
  report(ex: Exchange, message: string): void;
  accountId: string;
  binaryMediaTypes: readonly string[];
  /** null when the runtime runs no functions (tests without a function host). */
  lambda: LambdaRuntime | null;
  awsService: AwsServiceSettings;
  /** The method logs bodies (dataTraceEnabled): a static MOCK then takes the mapped path, which has bodies to log. */
  dataTrace?: boolean;
}

// AWS's bounds for timeoutInMillis; anything outside is clamped rather than refused at runtime.
const MIN_TIMEOUT_MS = 50;
const MAX_TIMEOUT_MS = 29_000;

class ConfigurationError implements Integration {
  readonly type = "CONFIGURATION_ERROR";
  private static readonly outcome: Outcome = { kind: "gateway-error", type: "API_CONFIGURATION_ERROR" };
  invoke(): Outcome {
    return ConfigurationError.outcome;
  }
}

export function compileIntegration(method: SnapshotMethod, context: IntegrationContext): Integration {
  const integration = method.integration;
  if (!integration) {
    context.warn(`method ${method.httpMethod} has no integration`);
    return new ConfigurationError();
  }
  const timeoutMs = Math.min(MAX_TIMEOUT_MS, Math.max(MIN_TIMEOUT_MS, integration.timeoutInMillis || MAX_TIMEOUT_MS));
  const mapped: MappedCompileContext = {
    binaryMediaTypes: context.binaryMediaTypes,
    timeoutMs,
    maxBodyBytes: context.maxBodyBytes,
    accountId: context.accountId,
    warn: context.warn,
    report: context.report,
  };
  switch (integration.type) {
    case "MOCK":
      // Static templates (no VTL at all) are rendered once at compile time: the fast path the benchmark measures.
      return isStaticMock(integration) && !context.dataTrace ? new MockIntegration(integration) : compileMapped(integration, new MockBackend(), mapped);
    case "HTTP_PROXY":
      return compileHttpProxy(integration, context);
    case "HTTP":
      return compileHttp(integration, context, mapped);
    case "AWS":
    case "AWS_PROXY":
      return compileAws(integration, context, mapped, timeoutMs);
    default:
      context.warn(`integration type ${String(integration.type)} is not supported`);
      return new ConfigurationError();
  }
}

const VTL_MARK = /[$#]/;

function isStaticMock(integration: SnapshotIntegration): boolean {
  if (Object.keys(integration.requestParameters).length > 0) return false;
  if (Object.values(integration.requestTemplates).some((t) => VTL_MARK.test(t))) return false;
  return Object.values(integration.integrationResponses).every(
    (response) =>
      !response.selectionPattern &&
      Object.values(response.responseTemplates).every((t) => !VTL_MARK.test(t)) &&
      Object.values(response.responseParameters).every((source) => source.startsWith("'")),
  );
}

function compileHttp(integration: SnapshotIntegration, context: IntegrationContext, mapped: MappedCompileContext): Integration {
  const uri = substituteStageVariables(integration.uri ?? "", context.variables);
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    context.warn(`Invalid endpoint address: ${uri}`);
    return new ConfigurationError();
  }
  // URL would percent-encode the {placeholders}; keep the path as written after the origin.
  const pathTemplate = uri.slice(parsed.origin.length) || "/";
  const method = !integration.httpMethod || integration.httpMethod === "ANY" ? "GET" : integration.httpMethod;
  const backend = new HttpBackend({
    pool: context.pools.get(parsed.origin),
    pathTemplate,
    origin: parsed.origin,
    host: parsed.host,
    method,
    maxBodyBytes: context.maxBodyBytes,
  });
  return compileMapped(integration, backend, mapped);
}

function compileAws(integration: SnapshotIntegration, context: IntegrationContext, mapped: MappedCompileContext, timeoutMs: number): Integration {
  // Stage variables in the region/service part are substituted now; in a Lambda ARN they stay for per-request
  // substitution (the alias-per-stage idiom), which is the same value for this compiled stage.
  const parsed = parseAwsIntegrationUri(integration.uri ?? "");
  if (!parsed.ok) {
    context.warn(parsed.reason);
    return new ConfigurationError();
  }
  const uri = parsed.uri;
  if (uri.kind === "lambda") {
    if (!context.lambda) {
      context.warn("this runtime has no function host: Lambda integrations answer 500");
      return new ConfigurationError();
    }
    if (integration.type === "AWS_PROXY") {
      return new LambdaProxyIntegration({
        lambda: context.lambda,
        functionArn: uri.functionArn,
        timeoutMs,
        maxBodyBytes: context.maxBodyBytes,
        accountId: context.accountId,
        binaryMediaTypes: context.binaryMediaTypes,
        report: context.report,
      });
    }
    return compileMapped(integration, new LambdaBackend(context.lambda, uri.functionArn, context.report), mapped);
  }
  if (integration.type === "AWS_PROXY") {
    context.warn("AWS_PROXY integrations need a Lambda function URI");
    return new ConfigurationError();
  }
  const method = integration.httpMethod && integration.httpMethod !== "ANY" ? integration.httpMethod : "POST";
  return compileMapped(integration, new AwsServiceBackend(uri, method, context.awsService, context.report), mapped);
}

function compileHttpProxy(integration: SnapshotIntegration, context: IntegrationContext): Integration {
  const compiled = compileUri(integration.uri ?? "", context.variables, (name) => {
    const mapped = integration.requestParameters[`integration.request.path.${name}`];
    const source = mapped?.startsWith("method.request.path.") ? mapped.slice("method.request.path.".length) : name;
    return context.paramNames.indexOf(source);
  });
  if (!compiled.ok) {
    context.warn(compiled.reason);
    return new ConfigurationError();
  }
  const method = integration.httpMethod && integration.httpMethod !== "ANY" ? integration.httpMethod : null;
  const timeoutMs = Math.min(MAX_TIMEOUT_MS, Math.max(MIN_TIMEOUT_MS, integration.timeoutInMillis || MAX_TIMEOUT_MS));
  return new HttpProxyIntegration({
    pool: context.pools.get(compiled.uri.origin),
    uri: compiled.uri,
    method,
    timeoutMs,
    maxBodyBytes: context.maxBodyBytes,
  });
}
