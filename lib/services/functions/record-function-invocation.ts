import { randomBytes } from "node:crypto";
import { db } from "../../db";
import type { InvokeResult } from "./function-invoker";
import type { FunctionInvocationRecord } from "../../domain/runtime-contract";

export type InvocationSource = "api" | "console" | "gateway";

// The Functions page shows recent invocations; older ones are swept so the table stays bounded.
export const INVOCATIONS_KEPT_PER_FUNCTION = 100;
const LOG_TAIL_BYTES = 4096;
let sequence = 0;

/** Sorts by recording order within this process even when several share a millisecond (the sweep relies on it). */
function invocationId(): string {
  sequence = (sequence + 1) % 36 ** 4;
  return `${Date.now().toString(36).padStart(9, "0")}${sequence.toString(36).padStart(4, "0")}${randomBytes(6).toString("hex")}`;
}

/** Records one invocation (status Success | Unhandled | Timeout, the last 4 KB of its logs) and sweeps old ones. */
export async function recordFunctionInvocation(input: {
  functionName: string;
  qualifier: string;
  result: InvokeResult;
  source: InvocationSource;
}): Promise<void> {
  const { result } = input;
  await storeInvocation({
    functionName: input.functionName,
    qualifier: input.qualifier,
    requestId: result.requestId,
    status: result.ok ? "Success" : result.kind === "timeout" ? "Timeout" : "Unhandled",
    durationMs: Math.round(result.durationMs),
    errorType: result.ok ? null : result.error.errorType,
    logTail: logTail(result.logs),
    source: input.source,
  });
}

/** An invocation an API's integration made on a gateway runtime, as its telemetry reported it. */
export async function recordGatewayInvocation(record: FunctionInvocationRecord): Promise<void> {
  // A function deleted since the call leaves nothing to show it on.
  if (!(await db().lambdaFunction.findUnique({ where: { name: record.functionName }, select: { name: true } }))) return;
  await storeInvocation({ ...record, source: "gateway" });
}

async function storeInvocation(data: FunctionInvocationRecord & { source: InvocationSource }): Promise<void> {
  await db().functionInvocation.create({ data: { id: invocationId(), ...data } });
  const older = await db().functionInvocation.findMany({
    where: { functionName: data.functionName },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: INVOCATIONS_KEPT_PER_FUNCTION,
    select: { id: true },
  });
  if (older.length) await db().functionInvocation.deleteMany({ where: { id: { in: older.map((row) => row.id) } } });
}

/** The last 4 KB of the logs, as Lambda's LogType=Tail returns them (cut on bytes, like Lambda). */
export function logTailBytes(logs: string): Uint8Array {
  const bytes = new TextEncoder().encode(logs);
  return bytes.byteLength > LOG_TAIL_BYTES ? bytes.subarray(bytes.byteLength - LOG_TAIL_BYTES) : bytes;
}

function logTail(logs: string): string {
  return new TextDecoder().decode(logTailBytes(logs));
}
