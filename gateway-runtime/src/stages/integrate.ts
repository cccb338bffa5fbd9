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

export interface IntegrationContext {
  pools: UpstreamPools;
  variables: Readonly<Record<string, string>>;
  /** Path parameter names of the resource, in match order. */
  paramNames: readonly string[];
  maxBodyBytes: number;
  /** Reports a problem found while compiling (once per compile, not per request). */
  warn(message: string): void;
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
  switch (integration.type) {
    case "MOCK":
      return new MockIntegration(integration);
    case "HTTP_PROXY":
      return compileHttpProxy(integration, context);
    default:
      // HTTP, AWS and AWS_PROXY (Lambda) arrive in later issues; they implement Integration the same way.
      context.warn(`integration type ${integration.type} is not supported yet`);
      return new ConfigurationError();
  }
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
