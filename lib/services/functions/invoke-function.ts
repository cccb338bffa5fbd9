import { constraint, validationMessage } from "../../domain/functions/rules";
import { getFunctionInvoker, type InvokeResult } from "./function-invoker";
import { LambdaError, validationError } from "./lambda-error";
import { recordFunctionInvocation, type InvocationSource } from "./record-function-invocation";
import { resolveFunctionSpec } from "./resolve-function-spec";

// Lambda's payload quotas: 6 MB for a synchronous request (6 MB + 100 bytes for its response, the figure Lambda
// quotes), 256 KB for an asynchronous event.
export const MAX_SYNC_PAYLOAD_BYTES = 6_291_456;
export const MAX_RESPONSE_BYTES = 6_291_556;
export const MAX_ASYNC_PAYLOAD_BYTES = 262_144;

const INVOCATION_TYPES = ["RequestResponse", "Event", "DryRun"] as const;
export type InvocationType = (typeof INVOCATION_TYPES)[number];

export interface InvokeFunctionInput {
  functionName: string;
  qualifier?: string;
  /** The request payload as sent; empty means the event {}. */
  payload: Uint8Array;
  invocationType?: string;
  /** The invocation's request id (the Invoke answer's x-amzn-RequestId). */
  requestId: string;
  source?: InvocationSource;
  /** For alias routing draws; Math.random unless a test needs a fixed draw. */
  random?: () => number;
}

export type InvokeOutcome =
  | { kind: "completed"; executedVersion: string; result: InvokeResult }
  | { kind: "queued" }
  | { kind: "dry-run"; executedVersion: string };

/**
 * Invoke: resolves the qualifier (alias weights included), runs the function on the configured host and
 * records the invocation. RequestResponse waits for the result, Event only queues it, DryRun only checks.
 */
export async function invokeFunction(input: InvokeFunctionInput): Promise<InvokeOutcome> {
  const type = readInvocationType(input.invocationType);
  const limit = type === "Event" ? MAX_ASYNC_PAYLOAD_BYTES : MAX_SYNC_PAYLOAD_BYTES;
  if (input.payload.byteLength > limit) {
    throw new LambdaError("RequestTooLargeException", `Request must be smaller than ${limit} bytes for the InvokeFunction operation`);
  }
  const event = parseEvent(input.payload);
  const resolved = await resolveFunctionSpec(input.functionName, input.qualifier, input.random);
  if (type === "DryRun") return { kind: "dry-run", executedVersion: resolved.executedVersion };
  const invoker = getFunctionInvoker();
  if (!invoker) throw new LambdaError("ServiceException", "No function host is configured in this Portico process, so functions cannot run here.");

  const run = async (): Promise<InvokeResult> => {
    const result = limitResponse(await invoker.invoke(resolved.spec, event, { requestId: input.requestId }).catch(hostRefusal));
    await recordFunctionInvocation({ functionName: resolved.spec.functionName, qualifier: resolved.qualifier, result, source: input.source ?? "api" });
    return result;
  };
  if (type === "Event") {
    // Lambda queues an event and answers 202 at once; failures only show in the recorded invocation.
    void run().catch((error: unknown) => console.error(`[functions] event invocation ${input.requestId} failed`, error));
    return { kind: "queued" };
  }
  return { kind: "completed", executedVersion: resolved.executedVersion, result: await run() };
}

function readInvocationType(value: string | undefined): InvocationType {
  if (value === undefined || value === "") return "RequestResponse";
  const known = INVOCATION_TYPES.find((type) => type === value);
  if (!known) {
    throw validationError(validationMessage([constraint(value, "invocationType", `Member must satisfy enum value set: [${INVOCATION_TYPES.join(", ")}]`)]));
  }
  return known;
}

function parseEvent(payload: Uint8Array): unknown {
  const text = new TextDecoder().decode(payload);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : "invalid JSON";
    throw new LambdaError("InvalidRequestContentException", `Could not parse request body into json: Could not parse payload into json: ${detail}`);
  }
}

/**
 * A host rejects (rather than resolves) only for what Lambda refuses before running anything: an event over
 * 6 MB, or a configuration it cannot run. Those keep Lambda's client-error answers; anything else is a 500.
 */
function hostRefusal(error: unknown): never {
  const refusal = error instanceof Error ? (error as Error & { statusCode?: number }) : null;
  if (refusal?.statusCode === 413) throw new LambdaError("RequestTooLargeException", refusal.message);
  if (refusal?.name === "InvalidFunctionSpecError") throw new LambdaError("InvalidParameterValueException", refusal.message);
  throw error;
}

/** A result over Lambda's response limit becomes the function error Lambda reports for it. */
function limitResponse(result: InvokeResult): InvokeResult {
  if (!result.ok || new TextEncoder().encode(result.payload).byteLength <= MAX_RESPONSE_BYTES) return result;
  return {
    ok: false,
    kind: "function-error",
    error: {
      errorType: "Function.ResponseSizeTooLarge",
      errorMessage: `Response payload size exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`,
      trace: [],
    },
    logs: result.logs,
    durationMs: result.durationMs,
    requestId: result.requestId,
  };
}
