/**
 * The log stage (AWS's access log, execution log + CloudWatch metrics): exactly one RequestLogRecord per request,
 * written after the answer. Records no query string (API keys travel there) and no header values; bodies only in
 * execution log lines of methods with dataTraceEnabled, cut at 1 KB.
 */
import type { RequestLogRecord, RouteFacts } from "../../../lib/domain/runtime-contract";
import type { Exchange } from "../pipeline/exchange";
import type { Telemetry } from "../telemetry/telemetry";
import { completeExecution } from "../telemetry/execution-log-lines";
import { renderAccessLogLine } from "../telemetry/access-log-line";

// The control plane keeps messages up to 1,024 characters.
const MAX_ERROR_MESSAGE = 1_024;

export function logExchange(ex: Exchange, telemetry: Telemetry): void {
  try {
    const req = ex.req;
    const trace = ex.trace;
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
      traceId: trace.traceId,
      spanId: trace.spanId,
      timeline: ex.timeline,
      route: routeFacts(ex),
    };
    if (ex.isCanary) record.canary = true;
    if (ex.apiKeyId) record.apiKeyId = ex.apiKeyId;
    if (ex.cacheStatus) record.cacheStatus = ex.cacheStatus;
    if (trace.parentSpanId) record.parentSpanId = trace.parentSpanId;
    if (ex.errorMessage !== null) record.errorMessage = ex.errorMessage.slice(0, MAX_ERROR_MESSAGE);
    const executionLog = completeExecution(ex);
    if (executionLog) record.executionLog = executionLog;
    const accessLog = ex.stage?.accessLog;
    if (accessLog) record.accessLog = renderAccessLogLine(accessLog, ex, record);
    // Only requests that reached a stage feed that stage's metrics.
    const minute = ex.stage ? ex.arrivedAtMs - (ex.arrivedAtMs % 60_000) : null;
    telemetry.record(record, minute);
    // Set by the access stage only for requests it admitted under a usage plan.
    if (ex.usagePlanId && ex.apiKeyId) telemetry.recordUsage(ex.usagePlanId, ex.apiKeyId, ex.arrivedAtMs);
  } catch {
    // Logging must never fail a request; a record lost here is the one thing we accept losing.
  }
}

/** How routing went, so a 403 Missing Authentication Token can be explained: which part was missing. */
function routeFacts(ex: Exchange): RouteFacts {
  const resource = ex.resource;
  const facts: RouteFacts = { stageFound: ex.stage !== null, resourcePath: resource?.path ?? null, httpMethod: ex.method?.httpMethod ?? null };
  if (resource && !ex.method) {
    const methods = [...resource.methods.keys()];
    if (resource.any) methods.push("ANY");
    facts.resourceMethods = methods;
  }
  return facts;
}
