/**
 * Console inputs for Lambda-compatible functions, shared by the Functions pages and app/api/console/functions.
 * The limits are Lambda's (lib/domain/functions/rules.ts); the services check them again with Lambda's own
 * error texts, these messages are for people filling a form.
 */
import { z } from "zod";
import {
  ALIAS_NAME_MAX,
  DEFAULT_HANDLER,
  DEFAULT_RUNTIME,
  DESCRIPTION_MAX,
  ENVIRONMENT_MAX_BYTES,
  FUNCTION_NAME_MAX,
  HANDLER_MAX,
  MEMORY_MB,
  RESERVED_ENVIRONMENT_KEYS,
  SUPPORTED_RUNTIMES,
  TIMEOUT_SECONDS,
} from "../domain/functions/rules";

// Lambda's function names: letters, digits, hyphens and underscores, 1 to 64 characters.
export const functionNameSchema = z
  .string()
  .trim()
  .min(1, "Give the function a name.")
  .max(FUNCTION_NAME_MAX, `Function names are at most ${FUNCTION_NAME_MAX} characters.`)
  .regex(/^[a-zA-Z0-9_-]+$/, "Function names use letters, digits, hyphens (-) and underscores (_) only.");

// Not only digits: Lambda would read "7" as a version, not an alias.
export const aliasNameSchema = z
  .string()
  .trim()
  .min(1, "Give the alias a name.")
  .max(ALIAS_NAME_MAX, `Alias names are at most ${ALIAS_NAME_MAX} characters.`)
  .regex(/^[a-zA-Z0-9_-]+$/, "Alias names use letters, digits, hyphens (-) and underscores (_) only.")
  .refine((name) => !/^[0-9]+$/.test(name), "An alias name cannot be only digits (that would be a version number).");

export const functionVersionSchema = z.string().regex(/^(\$LATEST|[0-9]+)$/, "Choose $LATEST or a published version.");

const descriptionSchema = z.string().max(DESCRIPTION_MAX, `Descriptions are at most ${DESCRIPTION_MAX} characters.`);

export const runtimeSchema = z.enum(SUPPORTED_RUNTIMES, { message: `Choose one of ${SUPPORTED_RUNTIMES.join(", ")}.` });

export const handlerSchema = z
  .string()
  .trim()
  .min(1, "Name the handler as file.export, e.g. index.handler.")
  .max(HANDLER_MAX, `Handlers are at most ${HANDLER_MAX} characters.`)
  .regex(/^[^\s]+$/, "A handler has no spaces.")
  .refine(isHandlerName, "Name the handler as file.export, e.g. index.handler or src/app.handler.");

export const timeoutSchema = z
  .number({ message: "Enter the timeout in seconds." })
  .int("The timeout is a whole number of seconds.")
  .min(TIMEOUT_SECONDS.min, `The timeout is at least ${TIMEOUT_SECONDS.min} second.`)
  .max(TIMEOUT_SECONDS.max, `The timeout is at most ${TIMEOUT_SECONDS.max} seconds (15 minutes).`);

export const memorySizeSchema = z
  .number({ message: "Enter the memory in MB." })
  .int("Memory is a whole number of MB.")
  .min(MEMORY_MB.min, `Memory is at least ${MEMORY_MB.min} MB.`)
  .max(MEMORY_MB.max, `Memory is at most ${MEMORY_MB.max} MB.`);

const ENVIRONMENT_KEY = /^[a-zA-Z][a-zA-Z0-9_]+$/;

/** Lambda measures the variables as compact JSON ({"KEY":"value"}), in UTF-8 bytes. */
export function environmentSize(variables: Record<string, string>): number {
  return new TextEncoder().encode(JSON.stringify(variables)).byteLength;
}

/** Why this variable name cannot be used, or null. */
export function environmentKeyProblem(key: string): string | null {
  if (!ENVIRONMENT_KEY.test(key)) return "Names start with a letter, then at least one letter, digit or _.";
  if ((RESERVED_ENVIRONMENT_KEYS as readonly string[]).includes(key)) return `${key} is set by the Lambda runtime and cannot be changed.`;
  return null;
}

// Keys are checked in superRefine: zod 4 replaces a record key schema's message with "Invalid key in record".
export const environmentSchema = z.record(z.string(), z.string()).superRefine((variables, ctx) => {
  for (const key of Object.keys(variables)) {
    const problem = environmentKeyProblem(key);
    if (problem) ctx.addIssue({ code: "custom", path: [key], message: `${problem} (got "${key}")` });
  }
  const size = environmentSize(variables);
  if (size > ENVIRONMENT_MAX_BYTES) {
    ctx.addIssue({ code: "custom", message: `Environment variables take ${size} bytes; Lambda allows ${ENVIRONMENT_MAX_BYTES} (4 KB) in all.` });
  }
});

export const createFunctionSchema = z.object({
  functionName: functionNameSchema,
  description: descriptionSchema.default(""),
  runtime: runtimeSchema.default(DEFAULT_RUNTIME),
  handler: handlerSchema.default(DEFAULT_HANDLER),
});
export type CreateFunctionFormInput = z.input<typeof createFunctionSchema>;

/** UpdateFunctionConfiguration from the console: what is left out stays as it is; `environment` replaces all. */
export const updateFunctionConfigurationSchema = z.object({
  description: descriptionSchema.optional(),
  runtime: runtimeSchema.optional(),
  handler: handlerSchema.optional(),
  timeout: timeoutSchema.optional(),
  memorySize: memorySizeSchema.optional(),
  environment: environmentSchema.optional(),
  /** The $LATEST RevisionId the form was filled from, so a change made meanwhile is not overwritten. */
  revisionId: z.string().min(1).optional(),
});
export type UpdateFunctionConfigurationFormInput = z.input<typeof updateFunctionConfigurationSchema>;

/** Saving the handler file: the package is rebuilt from the code the editor was opened on. */
export const saveFunctionSourceSchema = z.object({
  path: z.string().min(1, "Name the file to save.").max(1024),
  source: z.string(),
  /** CodeSha256 of the package the editor loaded; saving fails if $LATEST has other code by now. */
  codeSha256: z.string().min(1),
});
export type SaveFunctionSourceInput = z.input<typeof saveFunctionSourceSchema>;

export const publishVersionSchema = z.object({
  description: descriptionSchema.optional(),
  revisionId: z.string().min(1).optional(),
});
export type PublishVersionFormInput = z.input<typeof publishVersionSchema>;

/** A second version that takes `weight` (0..1, shown as a percentage) of an alias's invocations. */
export const aliasRoutingSchema = z.object({
  version: z.string().regex(/^[0-9]+$/, "Weighted routing goes to a published version."),
  weight: z
    .number({ message: "Enter the share of traffic in %." })
    .min(0, "The routing weight is between 0 and 100%.")
    .max(1, "The routing weight is between 0 and 100%."),
});

const routingRules = (alias: { functionVersion?: string; routing?: { version: string } | null }, ctx: z.RefinementCtx) => {
  if (!alias.routing) return;
  if (alias.functionVersion === "$LATEST") {
    ctx.addIssue({ code: "custom", path: ["routing", "version"], message: "An alias on $LATEST cannot split traffic; point it at a published version." });
  } else if (alias.routing.version === alias.functionVersion) {
    ctx.addIssue({ code: "custom", path: ["routing", "version"], message: "Choose a version other than the alias's main version." });
  }
};

export const createAliasSchema = z
  .object({
    name: aliasNameSchema,
    functionVersion: functionVersionSchema,
    description: descriptionSchema.default(""),
    routing: aliasRoutingSchema.nullable().default(null),
  })
  .superRefine(routingRules);
export type CreateAliasFormInput = z.input<typeof createAliasSchema>;

/** `routing: null` stops splitting traffic; leaving it out keeps the alias's routing as it is. */
export const updateAliasSchema = z
  .object({
    functionVersion: functionVersionSchema.optional(),
    description: descriptionSchema.optional(),
    routing: aliasRoutingSchema.nullable().optional(),
    revisionId: z.string().min(1).optional(),
  })
  .superRefine(routingRules);
export type UpdateAliasFormInput = z.input<typeof updateAliasSchema>;

/** Lambda's RoutingConfig.AdditionalVersionWeights from the console's routing field. */
export function additionalVersionWeights(routing: { version: string; weight: number } | null): Record<string, number> {
  return routing ? { [routing.version]: routing.weight } : {};
}

export const testInvokeSchema = z.object({
  /** $LATEST, a version or an alias; left out = $LATEST. */
  qualifier: z
    .string()
    .regex(/^[a-zA-Z0-9$_-]+$/, "Choose $LATEST, a version or an alias.")
    .optional(),
  /** The event as JSON text, sent to the function as it is. */
  event: z.string().refine(isJsonText, "The test event must be valid JSON."),
});
export type TestInvokeInput = z.input<typeof testInvokeSchema>;

/** Lambda's Node.js runtime splits the last path part at its first dot: "src/app.handler" is file src/app, export handler. */
function isHandlerName(handler: string): boolean {
  if (handler.includes("..")) return false; // the runtime refuses relative paths
  const base = handler.slice(handler.lastIndexOf("/") + 1);
  const dot = base.indexOf(".");
  return dot > 0 && dot < base.length - 1;
}

function isJsonText(text: string): boolean {
  if (!text.trim()) return true; // Lambda reads an empty payload as {}
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
