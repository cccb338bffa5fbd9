import { describe, expect, it } from "vitest";
import { ACCESS_LOG_PRESETS } from "@/lib/domain/observability/access-log";
import { PorticoError } from "@/lib/errors";
import { toUpdateStageInput } from "./stage-patches";

function thrown(fn: () => unknown): PorticoError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PorticoError) return error;
    throw error;
  }
  throw new Error("expected a PorticoError");
}

const edits = (...operations: Parameters<typeof toUpdateStageInput>[0]) => toUpdateStageInput(operations).edits;

describe("toUpdateStageInput", () => {
  it("maps deploymentId, description and variable add/replace/remove in order", () => {
    expect(
      edits(
        { op: "replace", path: "/deploymentId", value: "dep0000001" },
        { op: "replace", path: "/description", value: "rolled back" },
        { op: "add", path: "/variables/backend", value: "http://a" },
        { op: "remove", path: "/variables/old" },
      ),
    ).toEqual([
      { kind: "deploymentId", value: "dep0000001" },
      { kind: "description", value: "rolled back" },
      { kind: "variable", name: "backend", value: "http://a" },
      { kind: "variable", name: "old", value: null },
    ]);
  });

  it("reads method setting paths with AWS's key form, for */* and for one method", () => {
    expect(
      edits(
        { op: "replace", path: "/*/*/throttling/rateLimit", value: "12.5" },
        { op: "replace", path: "/~1pets~1{id}/GET/caching/ttlInSeconds", value: "60" },
        { op: "replace", path: "/~1pets/POST/logging/loglevel", value: "INFO" },
        { op: "replace", path: "/~1pets/POST/caching/unauthorizedCacheControlHeaderStrategy", value: "FAIL_WITH_403" },
        { op: "replace", path: "/*/*/metrics/enabled", value: "TRUE" },
        { op: "remove", path: "/~1pets/GET" },
      ),
    ).toEqual([
      { kind: "methodSetting", key: "*/*", setting: { throttlingRateLimit: 12.5 } },
      { kind: "methodSetting", key: "~1pets~1{id}/GET", setting: { cacheTtlInSeconds: 60 } },
      { kind: "methodSetting", key: "~1pets/POST", setting: { loggingLevel: "INFO" } },
      { kind: "methodSetting", key: "~1pets/POST", setting: { unauthorizedCacheControlHeaderStrategy: "FAIL_WITH_403" } },
      { kind: "methodSetting", key: "*/*", setting: { metricsEnabled: true } },
      { kind: "methodSetting", key: "~1pets/GET", setting: null },
    ]);
  });

  it("reads cache, tracing and canary paths, and AWS's promotion copies", () => {
    expect(
      edits(
        { op: "replace", path: "/cacheClusterEnabled", value: "true" },
        { op: "replace", path: "/cacheClusterSize", value: "6.1" },
        { op: "replace", path: "/tracingEnabled", value: "false" },
        { op: "replace", path: "/canarySettings/percentTraffic", value: "10.5" },
        { op: "replace", path: "/canarySettings/deploymentId", value: "dep2" },
        { op: "replace", path: "/canarySettings/useStageCache", value: "true" },
        { op: "add", path: "/canarySettings/stageVariableOverrides/color", value: "green" },
        { op: "remove", path: "/canarySettings/stageVariableOverrides/old" },
        { op: "copy", from: "/canarySettings/deploymentId", path: "/deploymentId" },
        { op: "copy", from: "/canarySettings/stageVariableOverrides", path: "/variables" },
        { op: "remove", path: "/canarySettings" },
      ),
    ).toEqual([
      { kind: "cacheClusterEnabled", value: true },
      { kind: "cacheClusterSize", value: "6.1" },
      { kind: "tracingEnabled", value: false },
      { kind: "canaryPercentTraffic", value: 10.5 },
      { kind: "canaryDeploymentId", value: "dep2" },
      { kind: "canaryUseStageCache", value: true },
      { kind: "canaryOverride", name: "color", value: "green" },
      { kind: "canaryOverride", name: "old", value: null },
      { kind: "copyCanaryDeploymentId" },
      { kind: "copyCanaryOverrides" },
      { kind: "removeCanary" },
    ]);
  });

  it("refuses out-of-range and malformed values with a message naming the path", () => {
    const cases: [string, string, string][] = [
      ["/*/*/caching/ttlInSeconds", "3601", "between 0 and 3600"],
      ["/*/*/caching/ttlInSeconds", "1.5", "whole number"],
      ["/*/*/throttling/burstLimit", "-1", "0 or more"],
      ["/*/*/throttling/rateLimit", "-0.5", "0 or more"],
      ["/*/*/throttling/rateLimit", "fast", "a number"],
      ["/*/*/logging/loglevel", "DEBUG", "OFF, ERROR, INFO"],
      ["/*/*/caching/enabled", "yes", "true or false"],
      ["/*/*/caching/unauthorizedCacheControlHeaderStrategy", "ALLOW", "FAIL_WITH_403"],
      ["/cacheClusterSize", "2", "0.5, 1.6"],
      ["/canarySettings/percentTraffic", "100.1", "between 0 and 100"],
      ["/canarySettings/percentTraffic", "ten", "a number"],
    ];
    for (const [path, value, message] of cases) {
      const error = thrown(() => edits({ op: "replace", path, value }));
      expect(error.code).toBe("BadRequestException");
      expect(error.message).toContain(path);
      expect(error.message).toContain(message);
    }
  });

  it("refuses unknown paths and ops naming the path, as the other patch readers do", () => {
    for (const operation of [
      { op: "replace", path: "/~1pets/GET/caching/size", value: "1" },
      { op: "replace", path: "/~1pets/FETCH/caching/enabled", value: "true" },
      { op: "replace", path: "/pets/GET/caching/enabled", value: "true" },
      { op: "replace", path: "/clientCertificateId", value: "x" },
      { op: "add", path: "/variables/a/b", value: "1" },
      { op: "move", path: "/variables/a", from: "/variables/b" },
      { op: "copy", path: "/variables", from: "/canarySettings/deploymentId" },
      { op: "replace", path: "/canarySettings/stageVariableOverrides", value: "x" },
    ] as const) {
      const error = thrown(() => edits(operation));
      expect(error.code).toBe("BadRequestException");
      expect(error.message).toContain(`'${operation.path}'`);
    }
  });

  it("reads AWS's access log paths: format, destination ARN (CloudWatch Logs or Firehose) and removing the settings", () => {
    const logGroup = "arn:aws:logs:eu-west-1:123456789012:log-group:API-Gateway-Access-Logs_abc/prod";
    const firehose = "arn:aws:firehose:us-east-1:123456789012:deliverystream/amazon-apigateway-prod";
    expect(
      edits(
        { op: "replace", path: "/accessLogSettings/format", value: ACCESS_LOG_PRESETS.CLF },
        { op: "replace", path: "/accessLogSettings/destinationArn", value: logGroup },
        { op: "replace", path: "/accessLogSettings/destinationArn", value: `${logGroup}:*` },
        { op: "replace", path: "/accessLogSettings/destinationArn", value: firehose },
        { op: "remove", path: "/accessLogSettings" },
      ),
    ).toEqual([
      { kind: "accessLogFormat", value: ACCESS_LOG_PRESETS.CLF },
      { kind: "accessLogDestinationArn", value: logGroup },
      { kind: "accessLogDestinationArn", value: `${logGroup}:*` },
      { kind: "accessLogDestinationArn", value: firehose },
      { kind: "removeAccessLogSettings" },
    ]);
  });

  it("refuses an access log format AWS refuses and a destination that is not a log group or an amazon-apigateway- stream", () => {
    const cases: [string, string, string][] = [
      ["/accessLogSettings/format", "$context.identity.sourceIp $context.status", "must include $context.requestId or $context.extendedRequestId"],
      ["/accessLogSettings/format", "$context.requestId\n$context.status", "single line"],
      ["/accessLogSettings/format", "$context.requestId $context.nope", "Unknown access log variable: $context.nope"],
      ["/accessLogSettings/format", "", "empty"],
      ["/accessLogSettings/destinationArn", "arn:aws:s3:::my-bucket", "CloudWatch Logs log group ARN"],
      ["/accessLogSettings/destinationArn", "arn:aws:logs:eu-west-1:1234:log-group:x", "CloudWatch Logs log group ARN"],
      ["/accessLogSettings/destinationArn", "arn:aws:firehose:us-east-1:123456789012:deliverystream/prod-logs", "must be named amazon-apigateway-"],
    ];
    for (const [path, value, message] of cases) {
      const error = thrown(() => edits({ op: "replace", path, value }));
      expect(error.code).toBe("BadRequestException");
      expect(error.message).toContain(`'${path}'`);
      expect(error.message).toContain(message);
    }
    for (const operation of [
      { op: "remove", path: "/accessLogSettings/format" },
      { op: "replace", path: "/accessLogSettings", value: "x" },
      { op: "replace", path: "/accessLogSettings/format/x", value: "x" },
    ] as const) {
      expect(thrown(() => edits(operation)).message).toContain(`'${operation.path}'`);
    }
  });

  it("keeps a variable called __proto__ as a plain name", () => {
    expect(edits({ op: "add", path: "/variables/__proto__", value: "v" })).toEqual([{ kind: "variable", name: "__proto__", value: "v" }]);
  });
});
