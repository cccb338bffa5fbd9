/**
 * The logging panel's form state (numbers as typed), the check before save (the same zod schema the route
 * applies, so AWS's format rule shows as the user types) and a sample line from a made-up request.
 */
import { parseAccessLogFormat, renderAccessLog, type AccessLogValue } from "@/lib/domain/observability/access-log";
import { stageLoggingSchema, type StageLogging } from "@/lib/schemas/stage.schema";

export interface LoggingDraft {
  accessLogging: boolean;
  format: string;
  destinationArn: string;
  days: string;
  maxRows: string;
}
export type LoggingField = "format" | "destinationArn" | "days" | "maxRows";
export type LoggingErrors = Partial<Record<LoggingField, string>>;

export function toLoggingDraft(logging: StageLogging): LoggingDraft {
  return {
    accessLogging: logging.accessLogSettings !== null,
    format: logging.accessLogSettings?.format ?? "",
    destinationArn: logging.accessLogSettings?.destinationArn ?? "",
    days: String(logging.logRetention.days),
    maxRows: String(logging.logRetention.maxRows),
  };
}

/** Whether two drafts would save the same settings: a hidden format does not count while access logging is off. */
export function sameLoggingDraft(a: LoggingDraft, b: LoggingDraft): boolean {
  const effective = (d: LoggingDraft) => [d.accessLogging, d.accessLogging ? d.format : "", d.accessLogging ? d.destinationArn : "", d.days, d.maxRows];
  return JSON.stringify(effective(a)) === JSON.stringify(effective(b));
}

/** "1,000,000" and "1 000 000" read as 1000000; anything else that is not a number is left for the message. */
function readCount(text: string): number | null {
  const plain = text.trim().replace(/[,_\s]/g, "");
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : null;
}

/** The settings to save, or one message per field that stops them. */
export function readLoggingDraft(draft: LoggingDraft): { ok: true; logging: StageLogging } | { ok: false; errors: LoggingErrors } {
  const errors: LoggingErrors = {};
  const days = readCount(draft.days);
  const maxRows = readCount(draft.maxRows);
  if (days === null) errors.days = "Enter a whole number of days.";
  if (maxRows === null) errors.maxRows = "Enter a whole number of rows.";
  const parsed = stageLoggingSchema.safeParse({
    accessLogSettings: draft.accessLogging ? { format: draft.format, destinationArn: draft.destinationArn.trim() } : null,
    logRetention: { days: days ?? 0, maxRows: maxRows ?? 0 },
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.at(-1);
      // Our own number messages win over zod's for the same field.
      if (field === "format" || field === "destinationArn" || field === "days" || field === "maxRows") errors[field] ??= issue.message;
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, logging: parsed.data };
}

/** One made-up request, so people see what a line of their format looks like before any traffic. */
function sampleValues(apiId: string, stageName: string): Record<string, AccessLogValue> {
  return {
    accountId: "123456789012",
    apiId,
    deploymentId: "d3pl0y",
    domainName: "localhost",
    extendedRequestId: "LmPq3FzsoAMEbXw=",
    httpMethod: "GET",
    "identity.sourceIp": "203.0.113.24",
    "identity.userAgent": "curl/8.5.0",
    integrationLatency: 18,
    "integration.latency": 18,
    integrationStatus: 200,
    "integration.status": 200,
    "integration.integrationStatus": 200,
    isCanaryRequest: false,
    path: `/${stageName}/pets/42`,
    protocol: "HTTP/1.1",
    requestId: "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
    requestTime: "01/Jun/2025:12:00:00 +0000",
    requestTimeEpoch: 1748779200000,
    resourceId: "ab12cd",
    resourcePath: "/pets/{id}",
    responseLatency: 23,
    responseLength: 48,
    stage: stageName,
    status: 200,
  };
}

/** The line the format gives for the sample request; null while the format is not valid. */
export function sampleAccessLogLine(format: string, apiId: string, stageName: string): string | null {
  const parsed = parseAccessLogFormat(format);
  if (!parsed.ok) return null;
  const values = sampleValues(apiId, stageName);
  return renderAccessLog(parsed.segments, (variable) => (Object.hasOwn(values, variable) ? values[variable] : undefined));
}
