import type { FunctionVersionView } from "../../domain/functions/views";
import { checkEnvironment, checkSettings } from "../../domain/functions/rules";
import { db } from "../../db";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { readFunctionRef } from "./function-ref";
import { findLatestRowOrThrow, latestView } from "./function-rows";
import { fromViolation, revisionMismatch } from "./lambda-error";
import { writeLatest } from "./latest-writes";
import { readStoredSettings } from "./stored-settings";

export interface UpdateFunctionConfigurationInput {
  role?: string;
  runtime?: string;
  handler?: string;
  description?: string;
  timeout?: number;
  memorySize?: number;
  /** Replaces all variables ({} clears them), as Lambda's Environment does. */
  environment?: Record<string, string>;
  revisionId?: string;
}

/** UpdateFunctionConfiguration: changes $LATEST's settings; what is not sent stays as it was. */
export async function updateFunctionConfiguration(functionName: string, input: UpdateFunctionConfigurationInput): Promise<FunctionVersionView> {
  const { name } = readFunctionRef(functionName);
  const violation = checkSettings(input) ?? (input.environment ? checkEnvironment(input.environment) : null);
  if (violation) throw fromViolation(violation);
  return db().$transaction(async (tx) => {
    const current = await findLatestRowOrThrow(name, tx);
    if (input.revisionId && input.revisionId !== current.revisionId) throw revisionMismatch();
    const settings = readStoredSettings(current.environment);
    const row = await writeLatest(tx, current, {
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.runtime !== undefined ? { runtime: input.runtime } : {}),
      ...(input.handler !== undefined ? { handler: input.handler } : {}),
      ...(input.timeout !== undefined ? { timeoutSec: input.timeout } : {}),
      ...(input.memorySize !== undefined ? { memoryMb: input.memorySize } : {}),
      settings: {
        ...settings,
        ...(input.environment !== undefined ? { variables: input.environment } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
      },
    });
    await bumpConfigVersion(tx);
    return latestView(row);
  });
}
