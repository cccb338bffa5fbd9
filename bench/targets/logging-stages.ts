/**
 * The two stages issue 5's rows compare: the same HTTP_PROXY method with logging and detailed metrics off
 * (AWS's defaults) and with `*\/*` loggingLevel INFO, metricsEnabled and the console's JSON access log preset.
 */
import { ACCESS_LOG_PRESETS } from "../../lib/domain/observability/access-log";
import { ALL_METHODS_KEY, DEFAULT_METHOD_SETTING, DEFAULT_STAGE_SETTINGS, type StageSettings } from "../../lib/domain/stage-settings";

export const LOGGING_STAGES = { off: "logoff", info: "loginfo" } as const;

export function loggingStageSettings(level: "OFF" | "INFO"): StageSettings {
  const info = level === "INFO";
  return {
    ...DEFAULT_STAGE_SETTINGS,
    methodSettings: {
      [ALL_METHODS_KEY]: {
        ...DEFAULT_METHOD_SETTING,
        loggingLevel: level,
        metricsEnabled: info,
        // AWS's default stage throttle (10,000/5,000) raised on both, so neither row measures refusals.
        throttlingRateLimit: 1_000_000,
        throttlingBurstLimit: 1_000_000,
      },
    },
    ...(info ? { accessLogSettings: { format: ACCESS_LOG_PRESETS.JSON, destinationArn: "" } } : {}),
  };
}
