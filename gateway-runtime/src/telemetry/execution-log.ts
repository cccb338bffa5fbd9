/**
 * AWS's execution log (CloudWatch log group API-Gateway-Execution-Logs_<apiId>/<stage>) for one request: lines
 * written as the request runs. AWS's log streams start each line with "(<requestId>) "; the record already carries
 * the id, so lines travel and are stored without it (a fifth of an INFO record's bytes) and readers add it back. Exists only for methods
 * whose loggingLevel is ERROR or INFO (an OFF method's exchange has none and pays nothing). At ERROR, only error
 * lines are kept, and only for a request that failed; INFO keeps every line; dataTraceEnabled adds bodies and
 * endpoint headers at INFO.
 */
import type { LoggingLevel } from "../../../lib/domain/stage-settings";
import { TRUNCATED_MARKER, truncatedBody } from "./execution-log-format";

// The control plane stores up to 200 lines of up to 8,192 characters per request; stay inside both.
const MAX_LINES = 190;
const MAX_LINE_CHARS = 8_000;

export class ExecutionLog {
  readonly lines: string[] = [];
  /** True at INFO: informational lines are wanted. Test it before building a message that costs work. */
  readonly info: boolean;
  /** True at INFO with dataTraceEnabled: bodies and endpoint headers are wanted. */
  readonly data: boolean;
  /** Set once "Starting execution" was written (after API key and usage plan checks, as AWS orders them). */
  started = false;
  /** Set once the method request body was logged (bodies are read by whichever stage needs them first). */
  requestBodyLogged = false;
  /** Set by the first error line: a generic failure reason is not added after a specific one. */
  hasErrors = false;
  constructor(level: Exclude<LoggingLevel, "OFF">, dataTrace: boolean) {
    this.info = level === "INFO";
    this.data = this.info && dataTrace;
  }

  /** An INFO line (dropped at ERROR). */
  add(message: string): void {
    if (this.info) this.push(message);
  }

  /** An error line: kept at ERROR and INFO. */
  error(message: string): void {
    this.hasErrors = true;
    this.push(message);
  }

  /** A data-trace line: "<label>: <at most 1 KB of body>". */
  body(label: string, body: Uint8Array | string | null | undefined): void {
    if (this.data) this.push(`${label}: ${truncatedBody(body)}`);
  }

  /**
   * Closes the log with AWS's last lines and returns what to store: every line at INFO; at ERROR the error lines
   * and the completion line of a failed request (a gateway-made answer or a 5xx), nothing for one that succeeded.
   */
  complete(status: number, gatewayError: boolean): string[] {
    const failed = gatewayError || status >= 500;
    if (!this.info && !failed) return [];
    if (!gatewayError) this.add("Successfully completed execution");
    // The completion line is always stored, even when the line budget is spent.
    this.lines.push(`Method completed with status: ${status}`);
    return this.lines;
  }

  private push(message: string): void {
    if (this.lines.length >= MAX_LINES) return;
    this.lines.push((message.length > MAX_LINE_CHARS ? message.slice(0, MAX_LINE_CHARS) + TRUNCATED_MARKER : message));
  }
}
