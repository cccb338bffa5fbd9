/**
 * Trace propagation (AWS's X-Ray tracing on a stage, in W3C Trace Context terms): every request gets a trace id,
 * the caller's when it sent one (a `traceparent`, else an `X-Amzn-Trace-Id` Root), and a new span id of the
 * gateway's own, which integrations receive as their parent in both header formats.
 */
import { randomFillSync } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { parseTraceParent } from "@opentelemetry/core";

export interface TraceContext {
  /** 32 lowercase hex. */
  readonly traceId: string;
  /** The gateway's span (16 hex): the parent the integration sees. */
  readonly spanId: string;
  /** The caller's span from its traceparent (or X-Ray Parent), null when it sent none. */
  readonly parentSpanId: string | null;
  /** W3C trace flags (bit 0: sampled); 01 unless the caller said otherwise. */
  readonly flags: number;
}

// Ids are cut from a block of random bytes refilled now and then: an id costs a slice, not a syscall.
const POOL_SIZE = 8 * 1024;
const pool = Buffer.allocUnsafe(POOL_SIZE);
let offset = POOL_SIZE;

function randomHex(bytes: number): string {
  if (offset + bytes > POOL_SIZE) {
    randomFillSync(pool);
    offset = 0;
  }
  const hex = pool.toString("hex", offset, offset + bytes);
  offset += bytes;
  return hex;
}

const ZERO_SPAN = "0000000000000000";

function newSpanId(): string {
  const id = randomHex(8);
  return id === ZERO_SPAN ? newSpanId() : id; // all zeros is invalid in W3C trace context
}

const XRAY_ROOT = /^1-([0-9a-fA-F]{8})-([0-9a-fA-F]{24})$/;
const SPAN = /^[0-9a-fA-F]{16}$/;

/** The request's trace: continued from the caller's headers, or new with the arrival second leading (a valid X-Ray id). */
export function traceContextFor(headers: IncomingHttpHeaders, arrivedAtMs: number): TraceContext {
  const traceparent = headers.traceparent;
  if (typeof traceparent === "string") {
    const parsed = parseTraceParent(traceparent);
    if (parsed) return { traceId: parsed.traceId, spanId: newSpanId(), parentSpanId: parsed.spanId, flags: parsed.traceFlags };
  }
  const xray = headers["x-amzn-trace-id"];
  if (typeof xray === "string") {
    const continued = fromXRay(xray);
    if (continued) return continued;
  }
  const seconds = Math.floor(arrivedAtMs / 1000).toString(16).padStart(8, "0");
  return { traceId: seconds + randomHex(12), spanId: newSpanId(), parentSpanId: null, flags: 1 };
}

/** `Root=1-<8 hex>-<24 hex>;Parent=<16 hex>;Sampled=<0|1|?>`, the 8+24 hex read as one 32-hex id (OTel's X-Ray mapping). */
function fromXRay(header: string): TraceContext | null {
  let traceId: string | null = null;
  let parentSpanId: string | null = null;
  let flags = 1;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === "Root") {
      const root = XRAY_ROOT.exec(value);
      if (root) traceId = (root[1] + root[2]).toLowerCase();
    } else if (key === "Parent" && SPAN.test(value) && value !== ZERO_SPAN) {
      parentSpanId = value.toLowerCase();
    } else if (key === "Sampled" && value === "0") {
      flags = 0;
    }
  }
  if (traceId === null || traceId === "00000000000000000000000000000000") return null;
  return { traceId, spanId: newSpanId(), parentSpanId, flags };
}

/** What integrations receive: the same trace, the gateway's span as parent, the caller's flags. */
export function traceparentHeader(trace: TraceContext): string {
  return `00-${trace.traceId}-${trace.spanId}-${trace.flags < 16 ? "0" : ""}${trace.flags.toString(16)}`;
}

/** $context.xrayTraceId: "Root=1-<8 hex>-<24 hex>". */
export function xrayTraceId(trace: TraceContext): string {
  return `Root=1-${trace.traceId.slice(0, 8)}-${trace.traceId.slice(8)}`;
}

/** X-Amzn-Trace-Id for integrations: the root, the gateway's span as Parent, and the sampling decision. */
export function xrayHeader(trace: TraceContext): string {
  return `${xrayTraceId(trace)};Parent=${trace.spanId};Sampled=${trace.flags & 1}`;
}

/** X-Amzn-Trace-Id on answers to the client: the root and the sampling decision (no parent: the client is the root's origin). */
export function xrayResponseHeader(trace: TraceContext): string {
  return `${xrayTraceId(trace)};Sampled=${trace.flags & 1}`;
}
