import { describe, expect, it } from "vitest";
import { ACCESS_LOG_PRESETS } from "@/lib/domain/observability/access-log";
import { readLoggingDraft, sameLoggingDraft, sampleAccessLogLine, toLoggingDraft, type LoggingDraft } from "./logging-draft";

const draft = (patch: Partial<LoggingDraft> = {}): LoggingDraft => ({
  accessLogging: true,
  format: ACCESS_LOG_PRESETS.CLF,
  destinationArn: "",
  days: "30",
  maxRows: "1000000",
  ...patch,
});

describe("readLoggingDraft", () => {
  it("turns the typed form into the route's body, reading 1,000,000 as a number", () => {
    expect(readLoggingDraft(draft({ maxRows: "2,500,000", destinationArn: " arn:aws:logs:us-east-1:123456789012:log-group:a " }))).toEqual({
      ok: true,
      logging: {
        accessLogSettings: { format: ACCESS_LOG_PRESETS.CLF, destinationArn: "arn:aws:logs:us-east-1:123456789012:log-group:a" },
        logRetention: { days: 30, maxRows: 2_500_000 },
      },
    });
    expect(readLoggingDraft(draft({ accessLogging: false, format: "not checked while off" }))).toEqual({
      ok: true,
      logging: { accessLogSettings: null, logRetention: { days: 30, maxRows: 1_000_000 } },
    });
  });

  it("stops on AWS's format rule, a bad destination and retention outside the limits, one message per field", () => {
    const result = readLoggingDraft(draft({ format: "$context.status", destinationArn: "bucket", days: "0", maxRows: "lots" }));
    expect(result).toEqual({
      ok: false,
      errors: {
        format: "The access log format must include $context.requestId or $context.extendedRequestId.",
        destinationArn: expect.stringContaining("CloudWatch Logs log group ARN"),
        days: "Logs are kept between 1 and 3653 days.",
        maxRows: "Enter a whole number of rows.",
      },
    });
    expect(readLoggingDraft(draft({ format: "$context.requestId\n" }))).toMatchObject({ ok: false, errors: { format: expect.stringContaining("single line") } });
    expect(readLoggingDraft(draft({ maxRows: "999" }))).toMatchObject({ ok: false, errors: { maxRows: "The row cap is between 1,000 and 100,000,000 rows." } });
  });

  it("counts a hidden format as no change while access logging is off", () => {
    const off = toLoggingDraft({ accessLogSettings: null, logRetention: { days: 30, maxRows: 1_000_000 } });
    expect(sameLoggingDraft(off, { ...off, format: ACCESS_LOG_PRESETS.JSON })).toBe(true);
    expect(sameLoggingDraft(off, { ...off, accessLogging: true, format: ACCESS_LOG_PRESETS.JSON })).toBe(false);
    expect(sameLoggingDraft(off, { ...off, days: "7" })).toBe(false);
  });
});

describe("sampleAccessLogLine", () => {
  it("renders a preset for the made-up request, with - for what it has no value for", () => {
    expect(sampleAccessLogLine(ACCESS_LOG_PRESETS.CLF, "a1b2c3", "prod")).toBe(
      '203.0.113.24 - - [01/Jun/2025:12:00:00 +0000] "GET /pets/{id} HTTP/1.1" 200 48 c6af9ac6-7b61-11e6-9a41-93e8deadbeef LmPq3FzsoAMEbXw=',
    );
    const json = JSON.parse(sampleAccessLogLine(ACCESS_LOG_PRESETS.JSON, "a1b2c3", "prod") ?? "") as Record<string, string>;
    expect(json).toMatchObject({ requestId: "c6af9ac6-7b61-11e6-9a41-93e8deadbeef", status: "200", caller: "-" });
    expect(sampleAccessLogLine("$context.requestId $context.stage $context.apiId $context.authorizer.claims.sub", "a1b2c3", "dev")).toBe(
      "c6af9ac6-7b61-11e6-9a41-93e8deadbeef dev a1b2c3 -",
    );
  });

  it("gives no line for a format AWS refuses", () => {
    expect(sampleAccessLogLine("$context.status", "a1b2c3", "prod")).toBeNull();
  });
});
