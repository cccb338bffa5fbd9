/**
 * The control plane's FunctionInvoker: runs functions on the gateway runtime's function host through its admin
 * port (POST /internal/functions/invoke, bearer PORTICO_INTERNAL_TOKEN), so one engine runs user code whether
 * the call comes from an API's integration, the Lambda API's Invoke or the console's Test.
 */
import type { FunctionInvoker, FunctionSpec, InvokeResult } from "./function-invoker";

export class RuntimeFunctionInvoker implements FunctionInvoker {
  constructor(
    private readonly adminUrl: string,
    private readonly token: string,
  ) {}

  async invoke(spec: FunctionSpec, event: unknown, options: { requestId: string }): Promise<InvokeResult> {
    const files: Record<string, string> = {};
    for (const [name, content] of Object.entries(spec.files)) files[name] = Buffer.from(content).toString("base64");
    let response: Response;
    try {
      response = await fetch(`${this.adminUrl.replace(/\/+$/, "")}/internal/functions/invoke`, {
        method: "POST",
        headers: { authorization: `Bearer ${this.token}`, "content-type": "application/json" },
        body: JSON.stringify({ spec: { ...spec, files }, event, requestId: options.requestId }),
        // The function's own timeout (900 s at most) plus start-up: the runtime enforces the real limit.
        signal: AbortSignal.timeout(spec.timeoutMs + 30_000),
      });
    } catch (error) {
      throw new Error(`Function runtime unavailable at ${this.adminUrl}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const body = (await response.json().catch(() => ({}))) as InvokeResult & { message?: string };
    if (response.status !== 200) throw new Error(`Function runtime refused the invocation (${response.status}): ${body.message ?? "no reason"}`);
    return body;
  }
}
