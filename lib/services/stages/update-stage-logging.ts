import type { StageEdit } from "../../schemas/stage.schema";
import { updateStageLoggingSchema, type StageLogging, type UpdateStageLoggingInput } from "../../schemas/stage.schema";
import { parseInput } from "../parse-input";
import { applyStageEdits } from "./apply-stage-edits";
import { changeStage } from "./change-stage";
import { toStageLogging } from "./get-stage-logging";

/**
 * The console's logging settings of a stage: the access log format and destination (null turns access logging
 * off) and how long its request logs are kept. Goes through the same edits as AWS's UpdateStage paths.
 */
export async function updateStageLogging(restApiId: string, stageName: string, input: UpdateStageLoggingInput, actor?: string): Promise<StageLogging> {
  const data = parseInput(updateStageLoggingSchema, input);
  const edits: StageEdit[] = [];
  if (data.accessLogSettings === null) edits.push({ kind: "removeAccessLogSettings" });
  else if (data.accessLogSettings) {
    edits.push(
      { kind: "accessLogFormat", value: data.accessLogSettings.format },
      { kind: "accessLogDestinationArn", value: data.accessLogSettings.destinationArn },
    );
  }
  if (data.logRetention) edits.push({ kind: "logRetention", value: data.logRetention });
  return toStageLogging(await changeStage(restApiId, stageName, (state) => applyStageEdits(state, edits), actor));
}
