/**
 * AWS's Lambda (non-proxy, type AWS) back end: the rendered template is the event; the function's result is the
 * integration payload; a function error's errorMessage is what selectionPattern matches (AWS's
 * `selectionPattern: "Malformed.*"` idiom), "" on success.
 */
import type { Exchange } from "../../pipeline/exchange";
import type { LambdaRuntime } from "../../lambda/lambda-runtime";
import type { Backend, BackendAnswer, BackendRequest } from "./backend";
import { CONFIG_ERROR, TIMED_OUT } from "../../pipeline/outcomes";
import { substituteStageVariables } from "../stage-variables";
import { logEndpointRequest } from "../../telemetry/execution-log-lines";
import { lambdaInvokeUri } from "../lambda-invoke-uri";

const UTF8 = new TextDecoder();
const ENCODER = new TextEncoder();
const JSON_HEADERS = { "Content-Type": ["application/json"] };

export class LambdaBackend implements Backend {
  constructor(
    private readonly lambda: LambdaRuntime,
    /** Function ARN, `${stageVariables.x}` still in: stages bind to aliases through it. */
    private readonly functionArn: string,
    private readonly report: (ex: Exchange, message: string) => void,
  ) {}

  async call(ex: Exchange, request: BackendRequest): Promise<BackendAnswer> {
    const text = UTF8.decode(request.body);
    let event: unknown;
    try {
      event = text.trim() === "" ? {} : JSON.parse(text);
    } catch {
      this.report(ex, "Execution failed: the request template did not produce JSON for the Lambda event");
      return { kind: "error", outcome: CONFIG_ERROR };
    }
    const arn = substituteStageVariables(this.functionArn, ex.stage?.variables ?? {});
    ex.integrationEndpoint = arn;
    if (ex.exec?.info) logEndpointRequest(ex, lambdaInvokeUri(this.lambda.region, arn), {}, request.body);
    const invocation = await this.lambda.invoke(arn, event, { requestId: ex.requestId, deadlineMs: request.deadlineMs });
    if (invocation.kind === "deadline") {
      ex.integrationLatencyMs = -1;
      return { kind: "error", outcome: TIMED_OUT };
    }
    if (invocation.kind !== "result") {
      this.report(ex, `Execution failed due to configuration error: ${invocation.reason}`);
      return { kind: "error", outcome: CONFIG_ERROR };
    }
    const result = invocation.result;
    // Lambda answers 200 for a function error too: the error is in the payload, as on AWS.
    ex.integrationStatus = 200;
    if (result.ok) return { kind: "answer", selector: "", headers: JSON_HEADERS, body: ENCODER.encode(result.payload) };
    return {
      kind: "answer",
      selector: result.error.errorMessage,
      headers: JSON_HEADERS,
      body: ENCODER.encode(JSON.stringify(result.error)),
    };
  }
}
