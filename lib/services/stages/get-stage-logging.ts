import type { StageView } from "../../domain/views";
import type { StageLogging } from "../../schemas/stage.schema";
import { getStageOrThrow } from "./get-stage-or-throw";

/** A stage's access log settings (null while access logging is off) and log retention, as the console edits them. */
export async function getStageLogging(restApiId: string, stageName: string): Promise<StageLogging> {
  return toStageLogging(await getStageOrThrow(restApiId, stageName));
}

export function toStageLogging(stage: StageView): StageLogging {
  const access = stage.settings.accessLogSettings;
  return {
    accessLogSettings: access ? { format: access.format, destinationArn: access.destinationArn } : null,
    logRetention: { ...stage.settings.logRetention },
  };
}
