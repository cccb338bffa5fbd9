import type { IntegrationResponseView, MethodResponseView } from "@/lib/domain/views";
import { putIntegrationResponseSchema, type PutIntegrationResponseInput } from "@/lib/schemas/integration.schema";
import { putMethodResponseSchema, statusCodeSchema, type PutMethodResponseInput } from "@/lib/schemas/method.schema";
import { rows, type Row } from "@/components/ui/rows";
import type { MappingTemplate } from "./integration-draft";

const HEADER = "method.response.header.";

export interface HeaderMapping {
  header: string;
  source: string;
}

export interface IntegrationResponseDraft {
  statusCode: string;
  selectionPattern: string;
  contentHandling: string;
  headers: Row<HeaderMapping>[];
  templates: Row<MappingTemplate>[];
}

export function integrationResponseDraft(response: IntegrationResponseView | undefined, defaultStatus: string): IntegrationResponseDraft {
  return {
    statusCode: response?.statusCode ?? defaultStatus,
    selectionPattern: response?.selectionPattern ?? "",
    contentHandling: response?.contentHandling ?? "",
    headers: rows(
      Object.entries(response?.responseParameters ?? {}).map(([target, source]) => ({ header: target.startsWith(HEADER) ? target.slice(HEADER.length) : target, source })),
    ),
    templates: rows(Object.entries(response?.responseTemplates ?? { "application/json": "" }).map(([contentType, template]) => ({ contentType, template }))),
  };
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function integrationResponseInput(
  draft: IntegrationResponseDraft,
  others: IntegrationResponseView[],
): { ok: true; statusCode: string; input: PutIntegrationResponseInput } | { ok: false; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const statusCode = draft.statusCode.trim();
  const status = statusCodeSchema.safeParse(statusCode);
  if (!status.success) problems.statusCode = status.error.issues[0]?.message ?? "Check the status code.";
  else if (others.some((o) => o.statusCode === statusCode)) problems.statusCode = `There is an integration response for ${statusCode} already.`;
  const pattern = draft.selectionPattern.trim();
  if (pattern) {
    try {
      new RegExp(pattern);
    } catch {
      problems.selectionPattern = "Not a valid regular expression.";
    }
  } else if (others.some((o) => !o.selectionPattern)) {
    problems.selectionPattern = `The ${others.find((o) => !o.selectionPattern)?.statusCode} response is the default already: give this one a selection pattern.`;
  }
  const responseParameters: Record<string, string> = {};
  for (const { id, value } of draft.headers) {
    const header = value.header.trim();
    if (!TOKEN.test(header)) problems[id] = "Use a header name such as X-Request-Id.";
    else if (!value.source.trim()) problems[id] = "Map it from 'a literal', integration.response.header.X or integration.response.body.x.";
    else if (`${HEADER}${header}` in responseParameters) problems[id] = "This header is mapped twice.";
    else responseParameters[`${HEADER}${header}`] = value.source.trim();
  }
  const responseTemplates: Record<string, string> = {};
  for (const { id, value } of draft.templates) {
    const contentType = value.contentType.trim().toLowerCase();
    if (!/^[\w.+-]+\/[\w.+*-]+$/.test(contentType)) problems[id] = "Use a media type such as application/json.";
    else if (contentType in responseTemplates) problems[id] = `${contentType} has a template already.`;
    else responseTemplates[contentType] = value.template;
  }
  const input: PutIntegrationResponseInput = {
    ...(pattern ? { selectionPattern: pattern } : {}),
    responseParameters,
    responseTemplates,
    ...(draft.contentHandling ? { contentHandling: draft.contentHandling as PutIntegrationResponseInput["contentHandling"] } : {}),
  };
  const parsed = putIntegrationResponseSchema.safeParse(input);
  if (!parsed.success) problems.form ??= parsed.error.issues[0]?.message ?? "Check the fields.";
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true, statusCode, input };
}

export interface MethodResponseDraft {
  statusCode: string;
  headers: Row<{ header: string; required: boolean }>[];
  models: Row<{ contentType: string; modelName: string }>[];
}

export function methodResponseDraft(response: MethodResponseView | undefined): MethodResponseDraft {
  return {
    statusCode: response?.statusCode ?? "",
    headers: rows(Object.entries(response?.responseParameters ?? {}).map(([target, required]) => ({ header: target.startsWith(HEADER) ? target.slice(HEADER.length) : target, required }))),
    models: rows(Object.entries(response?.responseModels ?? {}).map(([contentType, modelName]) => ({ contentType, modelName }))),
  };
}

export function methodResponseInput(
  draft: MethodResponseDraft,
  others: MethodResponseView[],
): { ok: true; statusCode: string; input: PutMethodResponseInput } | { ok: false; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const statusCode = draft.statusCode.trim();
  const status = statusCodeSchema.safeParse(statusCode);
  if (!status.success) problems.statusCode = status.error.issues[0]?.message ?? "Check the status code.";
  else if (others.some((o) => o.statusCode === statusCode)) problems.statusCode = `There is a ${statusCode} method response already.`;
  const responseParameters: Record<string, boolean> = {};
  for (const { id, value } of draft.headers) {
    const header = value.header.trim();
    if (!TOKEN.test(header)) problems[id] = "Use a header name such as Access-Control-Allow-Origin.";
    else if (`${HEADER}${header}` in responseParameters) problems[id] = "This header is declared twice.";
    else responseParameters[`${HEADER}${header}`] = value.required;
  }
  const responseModels: Record<string, string> = {};
  for (const { id, value } of draft.models) {
    const contentType = value.contentType.trim().toLowerCase();
    if (!/^[\w.+-]+\/[\w.+*-]+$/.test(contentType)) problems[id] = "Use a media type such as application/json.";
    else if (!value.modelName) problems[id] = "Choose a model.";
    else if (contentType in responseModels) problems[id] = `${contentType} has a model already.`;
    else responseModels[contentType] = value.modelName;
  }
  const input = { responseParameters, responseModels };
  const parsed = putMethodResponseSchema.safeParse(input);
  if (!parsed.success) problems.form ??= parsed.error.issues[0]?.message ?? "Check the fields.";
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true, statusCode, input };
}
