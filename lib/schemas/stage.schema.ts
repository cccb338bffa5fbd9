import { z } from "zod";
import { STAGE_NAME } from "../domain/ids";

export const stageNameSchema = z
  .string()
  .trim()
  .regex(STAGE_NAME, "Stage names use letters, digits, - and _ (at most 128 characters).");

// AWS: variable names [A-Za-z0-9_], values [A-Za-z0-9-._~:/?#&=,] up to 512 characters, 100 variables per stage.
export const stageVariableNameSchema = z.string().regex(/^[A-Za-z0-9_]{1,64}$/, "Variable names use letters, digits and _ (at most 64).");
export const stageVariableValueSchema = z
  .string()
  .max(512, "Variable values are at most 512 characters.")
  .regex(/^[A-Za-z0-9\-._~:/?#&=,]*$/, "Variable values may use letters, digits and -._~:/?#&=, only.");
// Keys are checked in superRefine: zod 4 replaces a record key schema's message with "Invalid key in record".
export const stageVariablesSchema = z.record(z.string(), stageVariableValueSchema).superRefine((variables, ctx) => {
  const names = Object.keys(variables);
  if (names.length > 100) ctx.addIssue({ code: "custom", message: "A stage has at most 100 variables." });
  for (const name of names) {
    const checked = stageVariableNameSchema.safeParse(name);
    if (!checked.success) ctx.addIssue({ code: "custom", path: [name], message: `${checked.error.issues[0]?.message} (got "${name}")` });
  }
});

export const createStageSchema = z.object({
  stageName: stageNameSchema,
  deploymentId: z.string().min(1, "Choose a deployment."),
  description: z.string().max(4096).default(""),
  variables: stageVariablesSchema.default({}),
});
export type CreateStageInput = z.input<typeof createStageSchema>;

/** A stage update after AWS patch operations have been read: what to set and what to remove. */
export const updateStageSchema = z.object({
  deploymentId: z.string().min(1).optional(),
  description: z.string().max(4096).optional(),
  setVariables: stageVariablesSchema.default({}),
  removeVariables: z.array(z.string()).default([]),
});
export type UpdateStageInput = z.input<typeof updateStageSchema>;

export const createDeploymentSchema = z.object({
  stageName: stageNameSchema.optional(),
  stageDescription: z.string().max(4096).optional(),
  description: z.string().max(4096).default(""),
  variables: stageVariablesSchema.optional(),
});
export type CreateDeploymentInput = z.input<typeof createDeploymentSchema>;
