import type { MethodJson } from "@/lib/query/types";
import { updateMethodSchema, type UpdateMethodInput } from "@/lib/schemas/method.schema";
import { mapEdits, rows, type Row } from "./map-edits";

export type ParameterLocation = "querystring" | "header" | "path";

export interface RequestParameter {
  location: ParameterLocation;
  name: string;
  required: boolean;
}

export interface RequestModel {
  contentType: string;
  modelName: string;
}

/** The Method request box as a form: AWS's method settings with parameters and models as table rows. */
export interface MethodRequestDraft {
  apiKeyRequired: boolean;
  operationName: string;
  requestValidatorId: string;
  parameters: Row<RequestParameter>[];
  models: Row<RequestModel>[];
}

const PARAMETER = /^method\.request\.(querystring|header|path)\.(.+)$/;

/** {id} and {proxy+} parts of the resource path: AWS always passes them, so the form lists them as required. */
export function pathParameterNames(resourcePath: string): string[] {
  return [...resourcePath.matchAll(/\{([^}+]+)\+?\}/g)].map((m) => m[1]);
}

export function methodRequestDraft(method: MethodJson, resourcePath: string): MethodRequestDraft {
  const parameters: RequestParameter[] = [];
  for (const [key, required] of Object.entries(method.requestParameters)) {
    const match = PARAMETER.exec(key);
    if (match) parameters.push({ location: match[1] as ParameterLocation, name: match[2], required });
  }
  for (const name of pathParameterNames(resourcePath)) {
    if (!parameters.some((p) => p.location === "path" && p.name === name)) parameters.push({ location: "path", name, required: true });
  }
  return {
    apiKeyRequired: method.apiKeyRequired,
    operationName: method.operationName ?? "",
    requestValidatorId: method.requestValidatorId ?? "",
    parameters: rows(parameters),
    models: rows(Object.entries(method.requestModels).map(([contentType, modelName]) => ({ contentType, modelName }))),
  };
}

export interface DraftProblems {
  [field: string]: string;
}

/** What the form would send, or the problems to show next to the fields (keyed by row id or field name). */
export function methodRequestUpdate(
  method: MethodJson,
  draft: MethodRequestDraft,
): { ok: true; input: UpdateMethodInput } | { ok: false; problems: DraftProblems } {
  const problems: DraftProblems = {};
  const parameters: Record<string, boolean> = {};
  const seen = new Map<string, string>();
  for (const { id, value } of draft.parameters) {
    const name = value.name.trim();
    if (!name) problems[id] = "Give the parameter a name.";
    else if (/\s/.test(name)) problems[id] = "Names cannot contain spaces.";
    // AWS matches parameters by name across locations.
    else if (seen.has(name)) problems[id] = `"${name}" is already a ${seen.get(name)} parameter.`;
    else {
      seen.set(name, value.location);
      parameters[`method.request.${value.location}.${name}`] = value.required;
    }
  }
  const models: Record<string, string> = {};
  for (const { id, value } of draft.models) {
    const contentType = value.contentType.trim().toLowerCase();
    if (!/^[\w.+-]+\/[\w.+*-]+$/.test(contentType)) problems[id] = "Use a media type such as application/json.";
    else if (!value.modelName) problems[id] = "Choose a model.";
    else if (contentType in models) problems[id] = `${contentType} has a model already.`;
    else models[contentType] = value.modelName;
  }
  if (Object.keys(problems).length) return { ok: false, problems };
  const input: UpdateMethodInput = {
    apiKeyRequired: draft.apiKeyRequired,
    operationName: draft.operationName.trim() || null,
    requestValidatorId: draft.requestValidatorId || null,
    requestParameters: mapEdits(method.requestParameters, parameters),
    requestModels: mapEdits(method.requestModels, models),
  };
  const parsed = updateMethodSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: { form: parsed.error.issues[0]?.message ?? "Check the fields." } };
  return { ok: true, input };
}
