/**
 * The log stage (AWS's access log + CloudWatch metrics): exactly one RequestLogRecord per request, written after
 * the answer. Records no bodies, no query string (API keys travel there) and no header values.
 */
import type { RequestLogRecord } from "../../../lib/domain/runtime-contract";
import type { Exchange } from "../pipeline/exchange";
import type { Telemetry } from "../telemetry/telemetry";

export function logExchange(ex: Exchange, telemetry: Telemetry): void {
  try {
    const req = ex.req;
    const record: RequestLogRecord = {
      requestId: ex.requestId,
      extendedRequestId: ex.extendedRequestId,
      time: new Date(ex.arrivedAtMs).toISOString(),
      restApiId: ex.restApiId,
      stageName: ex.stageName,
      httpMethod: req.method ?? "",
      resourcePath: ex.resource?.path ?? null,
      // AWS's $context.path: the stage prefix included, the query left out.
      path: ex.stageName ? `/${ex.stageName}${ex.path}` : ex.path,
      status: ex.status,
      latencyMs: Math.round(performance.now() - ex.startedAt),
      integrationLatencyMs: ex.integrationLatencyMs,
      sourceIp: ex.sourceIp,
      userAgent: req.headers["user-agent"] ?? null,
      protocol: `HTTP/${req.httpVersion}`,
      responseLength: ex.responseLength,
      errorType: ex.errorType,
      ...(ex.isCanary ? { canary: true } : {}),
      ...(ex.apiKeyId ? { apiKeyId: ex.apiKeyId } : {}),
      ...(ex.cacheStatus ? { cacheStatus: ex.cacheStatus } : {}),
    };
    // Only requests that reached a stage feed that stage's metrics.
    const minute = ex.stage ? ex.arrivedAtMs - (ex.arrivedAtMs % 60_000) : null;
    telemetry.record(record, minute);
    // Set by the access stage only for requests it admitted under a usage plan.
    if (ex.usagePlanId && ex.apiKeyId) telemetry.recordUsage(ex.usagePlanId, ex.apiKeyId, ex.arrivedAtMs);
  } catch {
    // Logging must never fail a request; a record lost here is the one thing we accept losing.
  }
}
