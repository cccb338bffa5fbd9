import { z } from "zod";
import { HTTP_METHODS } from "../domain/snapshot";

// Without the quotes AWS mapping values carry: the form shows plain header values, the plan quotes them.
export const DEFAULT_CORS_ALLOW_HEADERS = "Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token";

/** Header lists as browsers read them: comma-separated tokens, no quotes (the plan adds AWS's). */
const headerList = z
  .string()
  .trim()
  .max(1024, "At most 1024 characters.")
  .refine((value) => !value.includes("'"), "Leave out the quotes: Portico adds them.");

/**
 * The Enable CORS dialog (AWS console's "Enable CORS" on a resource). Lives beside the service until it moves
 * to lib/schemas with the other shared schemas; it imports nothing server-side, so forms may use it.
 */
export const enableCorsSchema = z
  .object({
    allowMethods: z
      .array(z.string().transform((m) => m.toUpperCase()).pipe(z.enum(HTTP_METHODS)))
      .min(1, "Choose at least one method.")
      .optional(),
    allowHeaders: headerList.pipe(z.string().min(1, "Name at least one header.")).default(DEFAULT_CORS_ALLOW_HEADERS),
    allowOrigin: headerList.pipe(z.string().min(1, "Give an origin, or * for any.")).default("*"),
    exposeHeaders: headerList.optional(),
    maxAge: z.number().int("Whole seconds.").min(0, "Max age cannot be negative.").max(86400, "Browsers cap Max-Age at 86400 s (a day).").optional(),
    allowCredentials: z.boolean().default(false),
    gatewayResponses: z.array(z.enum(["DEFAULT_4XX", "DEFAULT_5XX"])).default([]),
  })
  .superRefine((value, ctx) => {
    // Browsers refuse credentialed responses whose Allow-Origin is the wildcard, so this setting could never work.
    if (value.allowCredentials && value.allowOrigin === "*") {
      ctx.addIssue({ code: "custom", path: ["allowOrigin"], message: "With credentials allowed, browsers need a named origin, not *." });
    }
  });
export type EnableCorsInput = z.input<typeof enableCorsSchema>;

export interface EnableCorsResult {
  resourcePath: string;
  /** The Access-Control-Allow-Methods literal written, e.g. 'GET,OPTIONS'. */
  allowMethods: string;
  optionsCreated: boolean;
  /** Methods whose 200 responses now carry Access-Control-Allow-Origin. */
  updatedMethods: string[];
  /** Methods left alone, and why (a proxy integration, no integration yet, no 200 response to map). */
  skippedMethods: { httpMethod: string; reason: string }[];
  gatewayResponses: string[];
}
