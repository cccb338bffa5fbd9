/**
 * A request's RequestLogRecord as OpenTelemetry spans (X-Ray's segment and subsegments for API Gateway): one
 * SERVER span for the request, with the gateway's own span id (the parent it sent the integration in traceparent)
 * and the caller's span as its parent, and one INTERNAL child span per timeline step.
 *
 * Spans are built as finished ReadableSpan values rather than through a Tracer. The ids and times already exist
 * on the record (the pipeline chose them while the request ran); a Tracer would pick its own span id through an
 * IdGenerator that takes no arguments, so forcing ours would mean handing ids to it through shared mutable state
 * just before each startSpan, and it would also need a context carrying the caller's span. A ReadableSpan is the
 * SDK's documented hand-off to span processors and exporters, so building one is exact and needs no global state.
 */
import { SpanKind, SpanStatusCode, TraceFlags, type Attributes, type HrTime, type SpanContext, type SpanStatus } from "@opentelemetry/api";
import { millisToHrTime } from "@opentelemetry/core";
import type { Resource } from "@opentelemetry/resources";
import { RandomIdGenerator, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import {
  ATTR_CLIENT_ADDRESS,
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_NETWORK_PROTOCOL_VERSION,
  ATTR_URL_PATH,
  ATTR_USER_AGENT_ORIGINAL,
} from "@opentelemetry/semantic-conventions";
import type { RequestLogRecord, RequestStep } from "../../../lib/domain/runtime-contract";

const ids = new RandomIdGenerator();
const SCOPE = { name: "portico-gateway" };
const TRACE_ID = /^[0-9a-f]{32}$/;
const SPAN_ID = /^[0-9a-f]{16}$/;

interface SpanParts {
  name: string;
  kind: SpanKind;
  context: SpanContext;
  parent?: SpanContext;
  startMs: number;
  durationMs: number;
  status: SpanStatus;
  attributes: Attributes;
}

function finished(parts: SpanParts, resource: Resource): ReadableSpan {
  const startTime: HrTime = millisToHrTime(parts.startMs);
  const duration: HrTime = millisToHrTime(Math.max(0, parts.durationMs));
  const endTime: HrTime = millisToHrTime(parts.startMs + Math.max(0, parts.durationMs));
  return {
    name: parts.name,
    kind: parts.kind,
    spanContext: () => parts.context,
    parentSpanContext: parts.parent,
    startTime,
    endTime,
    duration,
    status: parts.status,
    attributes: parts.attributes,
    links: [],
    events: [],
    ended: true,
    resource,
    instrumentationScope: SCOPE,
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
  };
}

function serverAttributes(record: RequestLogRecord): Attributes {
  const attributes: Attributes = {
    [ATTR_HTTP_REQUEST_METHOD]: record.httpMethod,
    [ATTR_HTTP_RESPONSE_STATUS_CODE]: record.status,
    [ATTR_URL_PATH]: record.path,
    [ATTR_CLIENT_ADDRESS]: record.sourceIp,
    [ATTR_NETWORK_PROTOCOL_VERSION]: record.protocol.replace(/^HTTP\//, ""),
    "portico.rest_api_id": record.restApiId,
    "portico.stage": record.stageName,
    "portico.request_id": record.requestId,
    "portico.extended_request_id": record.extendedRequestId,
  };
  if (record.resourcePath !== null) attributes[ATTR_HTTP_ROUTE] = record.resourcePath;
  if (record.userAgent !== null) attributes[ATTR_USER_AGENT_ORIGINAL] = record.userAgent;
  if (record.integrationLatencyMs !== null) attributes["portico.integration_latency_ms"] = record.integrationLatencyMs;
  if (record.errorType) attributes["portico.error_type"] = record.errorType;
  if (record.apiKeyId) attributes["portico.api_key_id"] = record.apiKeyId;
  if (record.canary) attributes["portico.canary"] = true;
  if (record.cacheStatus) attributes["portico.cache_status"] = record.cacheStatus;
  // HTTP semantic conventions: a server span is an error for 5xx only, and error.type then names the failure.
  if (record.status >= 500) attributes[ATTR_ERROR_TYPE] = record.errorType ?? String(record.status);
  return attributes;
}

function stepSpan(step: RequestStep, traceId: string, server: SpanContext, arrivedMs: number, resource: Resource): ReadableSpan {
  const attributes: Attributes = { "portico.step": step.step, "portico.step.outcome": step.outcome };
  if (step.detail) attributes["portico.step.detail"] = step.detail;
  return finished(
    {
      name: step.step,
      kind: SpanKind.INTERNAL,
      context: { traceId, spanId: ids.generateSpanId(), traceFlags: TraceFlags.SAMPLED },
      parent: server,
      startMs: arrivedMs + step.startMs,
      durationMs: step.durationMs,
      status: step.outcome === "error" ? { code: SpanStatusCode.ERROR } : { code: SpanStatusCode.UNSET },
      attributes,
    },
    resource,
  );
}

/** The request's spans, server span first. Ids the record lacks (a record from before tracing) are made up. */
export function spansFromRecord(record: RequestLogRecord, resource: Resource): ReadableSpan[] {
  const traceId = record.traceId && TRACE_ID.test(record.traceId) ? record.traceId : ids.generateTraceId();
  const spanId = record.spanId && SPAN_ID.test(record.spanId) ? record.spanId : ids.generateSpanId();
  const context: SpanContext = { traceId, spanId, traceFlags: TraceFlags.SAMPLED };
  const parent: SpanContext | undefined =
    record.parentSpanId && SPAN_ID.test(record.parentSpanId) ? { traceId, spanId: record.parentSpanId, traceFlags: TraceFlags.SAMPLED, isRemote: true } : undefined;
  const arrivedMs = Date.parse(record.time);
  const server = finished(
    {
      name: `${record.httpMethod} ${record.resourcePath ?? record.path}`,
      kind: SpanKind.SERVER,
      context,
      parent,
      startMs: arrivedMs,
      durationMs: record.latencyMs,
      status: record.status >= 500 ? { code: SpanStatusCode.ERROR, message: record.errorMessage ?? record.errorType ?? undefined } : { code: SpanStatusCode.UNSET },
      attributes: serverAttributes(record),
    },
    resource,
  );
  return [server, ...(record.timeline ?? []).map((step) => stepSpan(step, traceId, context, arrivedMs, resource))];
}
