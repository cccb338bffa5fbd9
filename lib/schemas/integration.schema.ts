import { z } from "zod";
import { HTTP_METHODS, INTEGRATION_TYPES, PASSTHROUGH_BEHAVIORS } from "../domain/snapshot";
import { listEditsSchema, mapEditsSchema, stringMap, verbatim } from "./common";

// AWS's texts for PutIntegration's rules, so SDK callers and Terraform users read what AWS would answer.
export const INTEGRATION_MESSAGES = {
  missingHttpMethod: "Enumeration value for HttpMethod must be non-empty",
  badHttpMethod: "Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY",
  badHttpEndpoint: "Invalid HTTP endpoint specified for URI",
  badArn: "Invalid ARN specified in the request",
  arnWithoutPathOrAction: "AWS ARN for integration must contain path or action",
  awsProxyTarget: "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.",
  timeout: "Timeout should be between 50 ms and 29000 ms",
  // AWS stores a Lambda integration with another method and then fails every call with "Execution failed due
  // to configuration error"; Portico says so when the integration is saved instead.
  lambdaNeedsPost: "A Lambda function is invoked with POST: set the integration's httpMethod (integrationHttpMethod) to POST.",
} as const;

export const timeoutSchema = z
  .number()
  .int()
  .refine((ms) => ms >= 50 && ms <= 29000, verbatim(INTEGRATION_MESSAGES.timeout));

const contentHandlingSchema = z.enum(["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"]);

/** `${stageVariables.x}` and `{param}` stand for text only known per request; any text will do for the check. */
function isHttpEndpoint(uri: string): boolean {
  // A URI that is a stage variable as a whole is checked when the stage supplies it.
  if (/^\$\{stageVariables\.[A-Za-z0-9_]+\}/.test(uri)) return true;
  if (/\s/.test(uri)) return false;
  try {
    const url = new URL(uri.replace(/\$\{stageVariables\.[A-Za-z0-9_]+\}/g, "x").replace(/\{[A-Za-z0-9_.-]+\+?\}/g, "x"));
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

const AWS_INTEGRATION_ARN = /^arn:aws[a-z-]*:apigateway:[a-z0-9-]+:([A-Za-z0-9.-]+):(.+)$/;

/** arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations */
export function isLambdaIntegrationUri(uri: string | null | undefined): boolean {
  const match = uri ? AWS_INTEGRATION_ARN.exec(uri) : null;
  return !!match && match[1] === "lambda" && match[2].startsWith("path/2015-03-31/functions/");
}

/** The type-specific rules of an integration, shared by PutIntegration and UpdateIntegration (after merging). */
export function integrationProblem(value: {
  type: string;
  httpMethod?: string | null;
  uri?: string | null;
}): { field: "httpMethod" | "uri"; message: string } | null {
  if (value.type === "MOCK") return null;
  if (!value.httpMethod) return { field: "httpMethod", message: INTEGRATION_MESSAGES.missingHttpMethod };
  if (!(HTTP_METHODS as readonly string[]).includes(value.httpMethod)) return { field: "httpMethod", message: INTEGRATION_MESSAGES.badHttpMethod };
  const uri = value.uri ?? "";
  if (value.type === "HTTP" || value.type === "HTTP_PROXY") {
    return isHttpEndpoint(uri) ? null : { field: "uri", message: INTEGRATION_MESSAGES.badHttpEndpoint };
  }
  const arn = AWS_INTEGRATION_ARN.exec(uri);
  if (!arn) return { field: "uri", message: INTEGRATION_MESSAGES.badArn };
  if (!/^(path|action)\//.test(arn[2])) return { field: "uri", message: INTEGRATION_MESSAGES.arnWithoutPathOrAction };
  const lambda = isLambdaIntegrationUri(uri);
  if (value.type === "AWS_PROXY" && !lambda) return { field: "uri", message: INTEGRATION_MESSAGES.awsProxyTarget };
  if (lambda && value.httpMethod !== "POST") return { field: "httpMethod", message: INTEGRATION_MESSAGES.lambdaNeedsPost };
  return null;
}

const integrationFields = {
  type: z.enum(INTEGRATION_TYPES, { message: `Integration type must be one of ${INTEGRATION_TYPES.join(", ")}.` }),
  httpMethod: z
    .string()
    .transform((m) => m.toUpperCase())
    .optional(),
  uri: z.string().trim().max(2048).optional(),
  // VPC links need a VPC; Portico calls backends over the network it runs in.
  connectionType: z.enum(["INTERNET"], { message: "Only connectionType INTERNET is supported." }).default("INTERNET"),
  credentials: z.string().max(2048).optional(),
  requestParameters: stringMap.default({}),
  requestTemplates: stringMap.default({}),
  passthroughBehavior: z.enum(PASSTHROUGH_BEHAVIORS).default("WHEN_NO_MATCH"),
  timeoutInMillis: timeoutSchema.default(29000),
  contentHandling: contentHandlingSchema.optional(),
  cacheKeyParameters: z.array(z.string()).default([]),
  cacheNamespace: z.string().max(1024).optional(),
};

export const putIntegrationSchema = z.object(integrationFields).superRefine((value, ctx) => {
  const problem = integrationProblem(value);
  if (problem) ctx.addIssue({ code: "custom", path: [problem.field], ...verbatim(problem.message) });
});
export type PutIntegrationInput = z.input<typeof putIntegrationSchema>;

/**
 * An update after AWS patch operations have been read: scalars to set (null clears an optional one) and edits
 * of the maps and lists. The service merges it with the stored integration and checks the result as a whole.
 */
export const updateIntegrationSchema = z.object({
  httpMethod: integrationFields.httpMethod,
  uri: z.string().trim().max(2048).nullable().optional(),
  // Patch values arrive as text: read as strings, then held to the enums.
  connectionType: z.string().pipe(integrationFields.connectionType.unwrap()).optional(),
  credentials: z.string().max(2048).nullable().optional(),
  passthroughBehavior: z.string().pipe(z.enum(PASSTHROUGH_BEHAVIORS)).optional(),
  timeoutInMillis: timeoutSchema.optional(),
  contentHandling: z.string().pipe(contentHandlingSchema).nullable().optional(),
  cacheNamespace: z.string().max(1024).nullable().optional(),
  requestParameters: mapEditsSchema(z.string()),
  requestTemplates: mapEditsSchema(z.string()),
  cacheKeyParameters: listEditsSchema,
});
export type UpdateIntegrationInput = z.input<typeof updateIntegrationSchema>;

export const putIntegrationResponseSchema = z.object({
  selectionPattern: z.string().max(1024).optional(),
  responseParameters: stringMap.default({}),
  responseTemplates: stringMap.default({}),
  contentHandling: contentHandlingSchema.optional(),
});
export type PutIntegrationResponseInput = z.input<typeof putIntegrationResponseSchema>;

export const updateIntegrationResponseSchema = z.object({
  selectionPattern: z.string().max(1024).nullable().optional(),
  contentHandling: z.string().pipe(contentHandlingSchema).nullable().optional(),
  responseParameters: mapEditsSchema(z.string()),
  responseTemplates: mapEditsSchema(z.string()),
});
export type UpdateIntegrationResponseInput = z.input<typeof updateIntegrationResponseSchema>;
