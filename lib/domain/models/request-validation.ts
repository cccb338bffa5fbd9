/**
 * AWS API Gateway's RequestValidator (validateRequestParameters / validateRequestBody) applied to one method.
 * Behaviour, from AWS's docs and LocalStack's AWS-validated tests:
 * - Required parameters must be present and not blank. The 400 lists the names only, sorted by their full
 *   `method.request.<location>.<name>` key (so headers, then path, then query string):
 *   `Missing required request parameters: [x-header-param, issuer, qs1]`. Parameters are checked before the body.
 * - The body model is chosen by the request's Content-Type (parameters such as charset ignored, no Content-Type
 *   counts as application/json), else the `$default` model; with neither, the body is not validated.
 * - An empty body is validated as `{}`; a body that is not JSON fails.
 */
import type { CompiledModels, ModelValidator } from "./compile-models";
import { validationErrorString } from "./error-messages";

export interface MethodValidationConfig {
  /** `method.request.{header|querystring|path|multivalueheader|multivaluequerystring}.<name>` -> required. */
  requestParameters: Readonly<Record<string, boolean>>;
  /** Content type (or `$default`) -> model name. */
  requestModels: Readonly<Record<string, string>>;
}

export interface RequestValidatorConfig {
  validateRequestBody: boolean;
  validateRequestParameters: boolean;
}

type Values = string | readonly string[] | undefined;

export interface RequestToValidate {
  /** Header names lowercased. */
  headers: Readonly<Record<string, Values>>;
  querystring: Readonly<Record<string, Values>>;
  path: Readonly<Record<string, string | undefined>>;
  body: string | null | undefined;
  contentType?: string | null;
}

export type RequestValidationResult =
  | { ok: true }
  | { ok: false; type: "BAD_REQUEST_PARAMETERS"; message: string; validationErrorString: string }
  | {
      ok: false;
      type: "BAD_REQUEST_BODY";
      message: "Invalid request body";
      /** fge-style messages, e.g. `object has missing required properties (["name"])`. */
      validationErrors: readonly string[];
      /** `$context.error.validationErrorString`: the messages as AWS prints them, `[a, b]`. */
      validationErrorString: string;
      /** AWS's execution-log line for the failure. */
      logMessage: string;
    };

export type MethodRequestValidator = (request: RequestToValidate) => RequestValidationResult;

const OK: RequestValidationResult = Object.freeze({ ok: true });
const DEFAULT_CONTENT_TYPE = "application/json";
// Approximation: AWS's text for a body its JSON parser refuses is not documented.
const NOT_JSON = "Invalid JSON in request body";

interface RequiredParameter {
  location: string;
  name: string;
}

type BodyModel = { kind: "model"; validator: ModelValidator } | { kind: "missing"; name: string };

/**
 * Compiles the checks for one method once per snapshot; null when the validator has nothing to check,
 * so the runtime can leave the validate stage out of the method's pipeline.
 */
export function compileRequestValidation(
  method: MethodValidationConfig,
  validator: RequestValidatorConfig,
  models: CompiledModels,
): MethodRequestValidator | null {
  const required = validator.validateRequestParameters ? requiredParameters(method.requestParameters) : [];
  const bodyModels = new Map<string, BodyModel>();
  if (validator.validateRequestBody) {
    for (const [contentType, name] of Object.entries(method.requestModels)) {
      const found = models.validators.get(name);
      bodyModels.set(contentType.toLowerCase(), found ? { kind: "model", validator: found } : { kind: "missing", name });
    }
  }
  if (required.length === 0 && bodyModels.size === 0) return null;

  return (request) => {
    if (required.length > 0) {
      const missing = required.filter((p) => !isPresent(request, p)).map((p) => p.name);
      if (missing.length > 0) {
        const message = `Missing required request parameters: [${missing.join(", ")}]`;
        return { ok: false, type: "BAD_REQUEST_PARAMETERS", message, validationErrorString: message };
      }
    }
    if (bodyModels.size === 0) return OK;
    const contentType = mediaType(request.contentType);
    const model = bodyModels.get(contentType) ?? bodyModels.get("$default");
    return model ? validateBody(model, request.body, contentType) : OK;
  };
}

/** One-off form of compileRequestValidation, for callers that validate a single request. */
export function validateRequest(
  method: MethodValidationConfig,
  validator: RequestValidatorConfig,
  request: RequestToValidate,
  models: CompiledModels,
): RequestValidationResult {
  return compileRequestValidation(method, validator, models)?.(request) ?? OK;
}

function requiredParameters(parameters: Readonly<Record<string, boolean>>): RequiredParameter[] {
  const PREFIX = "method.request.";
  return Object.keys(parameters)
    .filter((key) => parameters[key] && key.startsWith(PREFIX))
    .sort()
    .map((key) => {
      const rest = key.slice(PREFIX.length);
      const dot = rest.indexOf(".");
      return { location: rest.slice(0, dot), name: rest.slice(dot + 1) };
    })
    .filter((p) => p.location.length > 0 && p.name.length > 0);
}

function isPresent(request: RequestToValidate, parameter: RequiredParameter): boolean {
  switch (parameter.location) {
    case "header":
    case "multivalueheader":
      return notBlank(request.headers[parameter.name.toLowerCase()]);
    case "querystring":
    case "multivaluequerystring":
      return notBlank(request.querystring[parameter.name]);
    case "path":
      return notBlank(request.path[parameter.name]);
    default:
      // An unknown location cannot be sent, so it cannot be missing either.
      return true;
  }
}

function notBlank(value: Values): boolean {
  if (value === undefined) return false;
  if (typeof value === "string") return value.trim() !== "";
  return value.some((v) => v.trim() !== "");
}

function mediaType(contentType: string | null | undefined): string {
  if (!contentType) return DEFAULT_CONTENT_TYPE;
  const semicolon = contentType.indexOf(";");
  const type = (semicolon < 0 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
  return type === "" ? DEFAULT_CONTENT_TYPE : type;
}

const NOT_PARSED = Symbol("not JSON");

function parseBody(text: string): unknown {
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    return NOT_PARSED;
  }
}

function validateBody(model: BodyModel, body: string | null | undefined, contentType: string): RequestValidationResult {
  let errors: readonly string[];
  if (model.kind === "missing") {
    errors = [`model ${model.name} is not defined or failed to compile`];
  } else {
    const value = parseBody(body ?? "");
    errors = value === NOT_PARSED ? [NOT_JSON] : model.validator.validate(value);
  }
  if (errors.length === 0) return OK;
  const text = validationErrorString(errors);
  return {
    ok: false,
    type: "BAD_REQUEST_BODY",
    message: "Invalid request body",
    validationErrors: errors,
    validationErrorString: text,
    logMessage: `Request body does not match model schema for content type ${contentType}: ${text}`,
  };
}
