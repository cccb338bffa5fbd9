import { z } from "zod";
import { MAX_QUOTA_OFFSET } from "../domain/usage/quota-period";
import { stringMap } from "./common";

const limit = (what: string) => z.number({ message: `${what} must be a number.` }).min(0, `${what} cannot be negative.`);

export const throttleSchema = z.object({
  rateLimit: limit("rateLimit"),
  burstLimit: limit("burstLimit").int("burstLimit must be a whole number."),
});

export const quotaSchema = z
  .object({
    limit: limit("quota limit").int("quota limit must be a whole number."),
    period: z.enum(["DAY", "WEEK", "MONTH"], { message: "quota period must be DAY, WEEK or MONTH." }),
    offset: z.number().int("quota offset must be a whole number.").min(0, "quota offset cannot be negative.").default(0),
  })
  .superRefine((quota, ctx) => {
    const max = MAX_QUOTA_OFFSET[quota.period];
    if (quota.offset > max) {
      ctx.addIssue({ code: "custom", path: ["offset"], message: `For a ${quota.period} quota the offset is 0 to ${max}.` });
    }
  });

/** Method keys as AWS writes them: "/{resource path}/{METHOD}", e.g. "/pets/GET" or "//GET" for the root. */
const methodKeySchema = z.string().regex(/^\/.*\/[A-Z*]+$/, "Method throttle keys look like /pets/GET.");

export const apiStageSchema = z.object({
  apiId: z.string().min(1, "apiId is required."),
  stage: z.string().min(1, "stage is required."),
  throttle: z.record(methodKeySchema, throttleSchema).optional(),
});
export type ApiStageInput = z.input<typeof apiStageSchema>;

const nameSchema = z.string().trim().min(1, "Give the plan a name.").max(1024, "Names are at most 1024 characters.");
const descriptionSchema = z.string().max(4096, "Descriptions are at most 4096 characters.");

export const createUsagePlanSchema = z.object({
  name: nameSchema,
  description: descriptionSchema.default(""),
  apiStages: z.array(apiStageSchema).default([]),
  throttle: throttleSchema.nullish(),
  quota: quotaSchema.nullish(),
  productCode: z.string().max(1024).nullish(),
  tags: stringMap.default({}),
});
export type CreateUsagePlanInput = z.input<typeof createUsagePlanSchema>;
export type UsagePlanDocument = z.output<typeof createUsagePlanSchema>;

const stageRef = z.object({ apiId: z.string().min(1), stage: z.string().min(1) });

/**
 * An update: whole fields (the console), or the pieces AWS's patch operations name. Partial throttle and quota
 * objects merge into what the plan has; null removes them. Applied in this order: replace, remove, add, edits.
 */
export const updateUsagePlanSchema = z.object({
  name: nameSchema.optional(),
  description: descriptionSchema.optional(),
  productCode: z.string().max(1024).nullable().optional(),
  throttle: z.object({ rateLimit: z.number().optional(), burstLimit: z.number().optional() }).nullable().optional(),
  quota: z
    .object({ limit: z.number().optional(), period: z.string().optional(), offset: z.number().optional() })
    .nullable()
    .optional(),
  apiStages: z.array(apiStageSchema).optional(),
  removeApiStages: z.array(stageRef).default([]),
  addApiStages: z.array(stageRef).default([]),
  methodThrottles: z
    .array(
      stageRef.extend({
        method: methodKeySchema,
        rateLimit: z.number().optional(),
        burstLimit: z.number().optional(),
        remove: z.boolean().optional(),
      }),
    )
    .default([]),
});
export type UpdateUsagePlanInput = z.input<typeof updateUsagePlanSchema>;

export const createUsagePlanKeySchema = z.object({
  keyId: z.string().min(1, "keyId is required."),
  keyType: z.literal("API_KEY", { message: "keyType must be API_KEY." }).default("API_KEY"),
});

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Dates are written YYYY-MM-DD.");

export const getUsageSchema = z.object({
  startDate: day,
  endDate: day,
  keyId: z.string().optional(),
  position: z.string().optional(),
  limit: z.number().int().optional(),
});
export type GetUsageInput = z.input<typeof getUsageSchema>;

/** UpdateUsage: set the key's remaining quota for the current period, or extend it by an amount. */
export const updateUsageSchema = z.object({
  remaining: z.number().int().optional(),
  extendBy: z.number().int().optional(),
});
export type UpdateUsageInput = z.input<typeof updateUsageSchema>;

/** The console's PATCH body: whole fields; null removes throttle or quota. */
export const consoleUpdateUsagePlanSchema = z.object({
  name: nameSchema.optional(),
  description: descriptionSchema.optional(),
  throttle: throttleSchema.nullable().optional(),
  quota: quotaSchema.nullable().optional(),
  apiStages: z.array(apiStageSchema).optional(),
});
