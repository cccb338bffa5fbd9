import { z } from "zod";
import { REQUEST_STEP_NAMES } from "../../domain/runtime-contract";
import { db } from "../../db";
import { parseInput } from "../parse-input";
import { recordGatewayInvocation } from "../functions/record-function-invocation";

const logSchema = z.object({
  requestId: z.string().max(128),
  extendedRequestId: z.string().max(128),
  time: z.iso.datetime(),
  restApiId: z.string().max(64),
  stageName: z.string().max(128),
  httpMethod: z.string().max(16),
  resourcePath: z.string().max(2048).nullable(),
  path: z.string().max(8192),
  status: z.number().int(),
  latencyMs: z.number(),
  integrationLatencyMs: z.number().nullable(),
  sourceIp: z.string().max(64),
  userAgent: z.string().max(1024).nullable(),
  protocol: z.string().max(32),
  responseLength: z.number().int(),
  errorType: z.string().max(64).nullable(),
  canary: z.boolean().optional(),
  apiKeyId: z.string().max(64).nullable().optional(),
  cacheStatus: z.enum(["hit", "miss"]).optional(),
  traceId: z.string().regex(/^[0-9a-f]{32}$/).optional(),
  errorMessage: z.string().max(1024).nullable().optional(),
  timeline: z
    .array(
      z.object({
        step: z.enum(REQUEST_STEP_NAMES),
        startMs: z.number(),
        durationMs: z.number(),
        outcome: z.enum(["ok", "stopped", "error", "hit", "miss"]),
        detail: z.string().max(1024).optional(),
      }),
    )
    .max(32)
    .optional(),
  route: z
    .object({
      stageFound: z.boolean(),
      resourcePath: z.string().max(2048).nullable(),
      resourceMethods: z.array(z.string().max(16)).max(16).optional(),
      httpMethod: z.string().max(16).nullable(),
    })
    .optional(),
  // Data-trace lines carry truncated bodies; the bound keeps one record's log well under a megabyte.
  executionLog: z.array(z.string().max(8192)).max(200).optional(),
  accessLog: z.string().max(16_384).optional(),
});

const metricSchema = z.object({
  minute: z.iso.datetime(),
  restApiId: z.string().max(64),
  stageName: z.string().max(128),
  resourcePath: z.string().max(2048),
  httpMethod: z.string().max(16),
  count: z.number().int().nonnegative(),
  error4xx: z.number().int().nonnegative(),
  error5xx: z.number().int().nonnegative(),
  latencySumMs: z.number(),
  latencyMaxMs: z.number(),
  integrationLatencySumMs: z.number(),
  integrationCount: z.number().int().nonnegative(),
  latencyHistogram: z.array(z.number().int().nonnegative()).max(256),
  integrationLatencyHistogram: z.array(z.number().int().nonnegative()).max(256).optional(),
  apiKeyId: z.string().max(64).optional(),
  canary: z.boolean().optional(),
  cacheHitCount: z.number().int().nonnegative().optional(),
  cacheMissCount: z.number().int().nonnegative().optional(),
});

const usageSchema = z.object({
  usagePlanId: z.string().max(64),
  keyId: z.string().max(64),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  count: z.number().int().positive(),
});

const invocationSchema = z.object({
  functionName: z.string().max(64),
  qualifier: z.string().max(128),
  requestId: z.string().max(128),
  status: z.enum(["Success", "Unhandled", "Timeout"]),
  durationMs: z.number().int().nonnegative(),
  errorType: z.string().max(256).nullable(),
  logTail: z.string().max(8192),
});

export const telemetryBatchSchema = z.object({
  runtimeId: z.string().max(128),
  logs: z.array(logSchema).max(10_000),
  metrics: z.array(metricSchema).max(10_000),
  droppedLogs: z.number().int().nonnegative(),
  invocations: z.array(invocationSchema).max(1_000).optional(),
  usage: z.array(usageSchema).max(100_000).optional(),
});

type LogInput = z.infer<typeof logSchema>;

function toRequestLogRow({ executionLog, timeline, route, ...log }: LogInput) {
  return {
    ...log,
    time: new Date(log.time),
    statusClass: Math.floor(log.status / 100),
    ...(executionLog && executionLog.length > 0 ? { executionLog: executionLog.join("\n") } : {}),
    ...(timeline ? { timeline } : {}),
    ...(route ? { route } : {}),
  };
}

/** Stores a runtime's batch of request logs and metric deltas in one transaction. */
export async function ingestTelemetry(input: unknown): Promise<{ logs: number; metrics: number; droppedLogs: number }> {
  const batch = parseInput(telemetryBatchSchema, input);
  await db().$transaction([
    db().requestLog.createMany({ data: batch.logs.map(toRequestLogRow) }),
    db().metricPoint.createMany({ data: batch.metrics.map((m) => ({ ...m, minute: new Date(m.minute) })) }),
    ...(batch.usage ?? []).map(({ usagePlanId, keyId, day, count }) =>
      db().usageDay.upsert({
        where: { usagePlanId_keyId_day: { usagePlanId, keyId, day } },
        create: { usagePlanId, keyId, day, used: count },
        update: { used: { increment: count } },
      }),
    ),
  ]);
  for (const invocation of batch.invocations ?? []) await recordGatewayInvocation(invocation);
  if (batch.droppedLogs > 0) {
    console.warn(`[telemetry] runtime ${batch.runtimeId} dropped ${batch.droppedLogs} log records (buffer full)`);
  }
  return { logs: batch.logs.length, metrics: batch.metrics.length, droppedLogs: batch.droppedLogs };
}
