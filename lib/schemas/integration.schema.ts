import { z } from "zod";
import { PASSTHROUGH_BEHAVIORS } from "../domain/snapshot";
import { stringMap } from "./common";

// The runtime enforces MOCK and HTTP_PROXY today; other types are refused rather than stored and ignored.
export const SUPPORTED_INTEGRATION_TYPES = ["MOCK", "HTTP_PROXY"] as const;

export const timeoutSchema = z
  .number()
  .int()
  .min(50, "Integration timeout must be between 50 and 29000 ms.")
  .max(29000, "Integration timeout must be between 50 and 29000 ms.");

export const putIntegrationSchema = z
  .object({
    type: z.enum(SUPPORTED_INTEGRATION_TYPES, { message: "Integration type must be MOCK or HTTP_PROXY for now." }),
    httpMethod: z.string().transform((m) => m.toUpperCase()).optional(),
    uri: z.string().trim().max(2048).optional(),
    connectionType: z.enum(["INTERNET"]).default("INTERNET"),
    requestParameters: stringMap.default({}),
    requestTemplates: stringMap.default({}),
    passthroughBehavior: z.enum(PASSTHROUGH_BEHAVIORS).default("WHEN_NO_MATCH"),
    timeoutInMillis: timeoutSchema.default(29000),
    contentHandling: z.enum(["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"]).optional(),
    cacheKeyParameters: z.array(z.string()).default([]),
    cacheNamespace: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.type === "HTTP_PROXY") {
      if (!value.uri) ctx.addIssue({ code: "custom", path: ["uri"], message: "An HTTP_PROXY integration needs an endpoint URL." });
      else if (!/^https?:\/\/[^\s]+$/i.test(value.uri) && !/^\$\{stageVariables\.[A-Za-z0-9_]+\}/.test(value.uri)) {
        ctx.addIssue({ code: "custom", path: ["uri"], message: "The endpoint URL must start with http:// or https://." });
      }
      if (!value.httpMethod) ctx.addIssue({ code: "custom", path: ["httpMethod"], message: "Choose the HTTP method to call the backend with." });
    }
  });
export type PutIntegrationInput = z.input<typeof putIntegrationSchema>;

export const putIntegrationResponseSchema = z.object({
  selectionPattern: z.string().max(1024).optional(),
  responseParameters: stringMap.default({}),
  responseTemplates: stringMap.default({}),
  contentHandling: z.enum(["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"]).optional(),
});
export type PutIntegrationResponseInput = z.input<typeof putIntegrationResponseSchema>;
