/**
 * Lambda's execution log lines (START, END, REPORT, the timeout line) and the log tail an invocation returns,
 * bounded like the Invoke API's LogType=Tail (the last 4 KB).
 */

/** Invoke's LogType=Tail returns the last 4 KB of the execution log. */
export const LOG_TAIL_BYTES = 4096;

/**
 * Keeps the newest text only. Trimming is by UTF-16 units (each is at least one UTF-8 byte, so `limit` units
 * always hold `limit` bytes); `text()` cuts to exactly `limit` bytes on a character boundary.
 */
export class LogTail {
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly limit = LOG_TAIL_BYTES) {}

  append(text: string): void {
    if (text.length === 0 || this.limit === 0) return;
    this.parts.push(text);
    this.length += text.length;
    // Compact only when twice over, so a chatty function costs amortised O(1) per line.
    if (this.length > this.limit * 2) {
      const joined = this.parts.join("").slice(-this.limit);
      this.parts = [joined];
      this.length = joined.length;
    }
  }

  text(): string {
    return tailBytes(this.parts.join(""), this.limit);
  }
}

export function tailBytes(text: string, limit: number): string {
  const bytes = Buffer.from(text);
  if (bytes.length <= limit) return text;
  let start = bytes.length - limit;
  // Skip UTF-8 continuation bytes so the tail starts on a whole character.
  while (start < bytes.length && (bytes[start] & 0xc0) === 0x80) start++;
  return bytes.subarray(start).toString();
}

export interface ReportFields {
  requestId: string;
  durationMs: number;
  memoryMb: number;
  maxMemoryUsedMb: number;
  /** Present on the invocation that started the process (a cold start). */
  initDurationMs?: number;
  /** Lambda adds a status when the invocation did not end normally. */
  status?: { status: "timeout" } | { status: "error"; errorType: string };
}

export const startLine = (requestId: string, version: string) => `START RequestId: ${requestId} Version: ${version}\n`;

export const endLine = (requestId: string) => `END RequestId: ${requestId}\n`;

export function reportLine(fields: ReportFields): string {
  const parts = [
    `REPORT RequestId: ${fields.requestId}`,
    `Duration: ${fields.durationMs.toFixed(2)} ms`,
    // Billed in 1 ms increments since December 2020.
    `Billed Duration: ${Math.max(1, Math.ceil(fields.durationMs))} ms`,
    `Memory Size: ${fields.memoryMb} MB`,
    `Max Memory Used: ${fields.maxMemoryUsedMb} MB`,
  ];
  if (fields.initDurationMs !== undefined) parts.push(`Init Duration: ${fields.initDurationMs.toFixed(2)} ms`);
  if (fields.status?.status === "timeout") parts.push("Status: timeout");
  if (fields.status?.status === "error") parts.push("Status: error", `Error Type: ${fields.status.errorType}`);
  return `${parts.join("\t")}\t\n`;
}

/** "<ISO time> <requestId> Task timed out after 3.00 seconds", Lambda's timeout message and log line. */
export function timeoutMessage(now: Date, requestId: string, timeoutMs: number): string {
  return `${now.toISOString()} ${requestId} Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`;
}

/** One execution environment's log stream, named as Lambda names them: 2024/01/31/[$LATEST]<32 hex>. */
export function logStreamName(now: Date, version: string, id: string): string {
  const day = now.toISOString().slice(0, 10).replaceAll("-", "/");
  return `${day}/[${version}]${id}`;
}
