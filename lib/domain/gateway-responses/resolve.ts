/**
 * AWS API Gateway's gateway responses with the API's customisations (PutGatewayResponse) applied.
 * Which customisation answers for a type: its own, else DEFAULT_4XX or DEFAULT_5XX by the type's status class,
 * else none (AWS's built-in answer). The chosen customisation is used whole: its headers and templates are not
 * merged with the fallback's. The status is the type's own customised status, else the class fallback's,
 * else the runtime's (e.g. 502 for a malformed Lambda answer), else the table's default.
 * A customisation without templates keeps AWS's built-in body byte for byte.
 */
import {
  GATEWAY_RESPONSE_TYPES,
  GATEWAY_RESPONSES,
  gatewayResponseBody,
  gatewayResponseStatus,
  type GatewayResponseType,
} from "../gateway-responses";
import { gatewayResponseClass } from "./catalog";
import { parseHeaderMappings, resolveSource, type HeaderMapping } from "./parameters";
import { compileGatewayTemplate, type CompiledTemplate } from "./template";

export interface GatewayResponseCustomisation {
  responseType: GatewayResponseType;
  statusCode?: string | null;
  /** `gatewayresponse.header.<Name>` -> source expression. */
  responseParameters?: Readonly<Record<string, string>>;
  /** Content type -> template. */
  responseTemplates?: Readonly<Record<string, string>>;
}

type Values = string | readonly string[] | undefined;

export interface GatewayResponseRenderContext {
  /** Replaces the table's message, e.g. `Missing required request parameters: [q]`. */
  message?: string;
  /** The runtime's status for this failure when no customisation sets one. */
  status?: number;
  validationErrorString?: string;
  /** $context variables, nested (`identity.sourceIp`); `error.*` is filled in here. */
  context?: Readonly<Record<string, unknown>>;
  stageVariables?: Readonly<Record<string, string>>;
  /** Method request values for `method.request.*` header mappings; header names lowercased. */
  request?: {
    headers?: Readonly<Record<string, Values>>;
    querystring?: Readonly<Record<string, Values>>;
    path?: Readonly<Record<string, string | undefined>>;
  };
  /** The request's Accept header: picks among the customisation's templates. */
  accept?: string;
}

export interface RenderedGatewayResponse {
  status: number;
  /** In order, names as configured; content-type first. */
  headers: [string, string][];
  body: string;
}

export interface CompiledGatewayResponses {
  render(type: GatewayResponseType, ctx?: GatewayResponseRenderContext): RenderedGatewayResponse;
  /** Customisation entries Portico could not use (bad status codes, mapping expressions). */
  readonly problems: readonly string[];
}

interface Effective {
  status: number | null;
  mappings: readonly HeaderMapping[];
  /** Lowercased content type -> [content type as configured, template]. */
  templates: ReadonlyMap<string, readonly [string, CompiledTemplate]>;
}

const DEFAULT_CONTENT_TYPE = "application/json";
const STATUS = /^[1-5]\d\d$/;
const EMPTY: Readonly<Record<string, never>> = Object.freeze({});

export function compileGatewayResponses(customisations: readonly GatewayResponseCustomisation[]): CompiledGatewayResponses {
  const problems: string[] = [];
  const own = new Map<GatewayResponseType, Effective>();
  for (const c of customisations) own.set(c.responseType, compileCustomisation(c, problems));

  const effective = new Map<GatewayResponseType, Effective | null>();
  for (const type of GATEWAY_RESPONSE_TYPES) {
    const fallback = own.get(gatewayResponseClass(type) === "5XX" ? "DEFAULT_5XX" : "DEFAULT_4XX") ?? null;
    const mine = own.get(type);
    effective.set(type, mine ? { ...mine, status: mine.status ?? fallback?.status ?? null } : fallback);
  }

  return {
    problems,
    render: (type, ctx = {}) => render(type, effective.get(type) ?? null, ctx),
  };
}

/** One-off form of compileGatewayResponses(...).render(...). */
export function resolveGatewayResponse(
  type: GatewayResponseType,
  customisations: readonly GatewayResponseCustomisation[],
  ctx: GatewayResponseRenderContext = {},
): RenderedGatewayResponse {
  return compileGatewayResponses(customisations).render(type, ctx);
}

function compileCustomisation(c: GatewayResponseCustomisation, problems: string[]): Effective {
  let status: number | null = null;
  if (c.statusCode !== undefined && c.statusCode !== null && c.statusCode !== "") {
    if (STATUS.test(c.statusCode)) status = Number(c.statusCode);
    else problems.push(`${c.responseType}: invalid statusCode ${c.statusCode}`);
  }
  const parsed = parseHeaderMappings(c.responseParameters ?? EMPTY);
  problems.push(...parsed.problems.map((p) => `${c.responseType}: ${p}`));
  const templates = new Map<string, readonly [string, CompiledTemplate]>();
  for (const [contentType, template] of Object.entries(c.responseTemplates ?? EMPTY)) {
    templates.set(contentType.toLowerCase(), [contentType, compileGatewayTemplate(template)]);
  }
  return { status, mappings: parsed.mappings, templates };
}

function render(type: GatewayResponseType, eff: Effective | null, ctx: GatewayResponseRenderContext): RenderedGatewayResponse {
  const definition = GATEWAY_RESPONSES[type];
  const message = ctx.message ?? definition.message;
  const status = eff?.status ?? ctx.status ?? gatewayResponseStatus(type);
  const context = withError(ctx.context ?? EMPTY, type, message, ctx.validationErrorString ?? "");
  const stageVariables = ctx.stageVariables ?? EMPTY;

  let contentType = DEFAULT_CONTENT_TYPE;
  let body: string;
  const chosen = eff ? chooseTemplate(eff.templates, ctx.accept) : undefined;
  if (chosen) {
    contentType = chosen[0];
    body = chosen[1]({ context, stageVariables });
  } else {
    body = gatewayResponseBody(type, ctx.message);
  }

  const headers: [string, string][] = [["content-type", contentType]];
  if (definition.errorType) headers.push(["x-amzn-ErrorType", definition.errorType]);
  if (eff) {
    const inputs = {
      headers: ctx.request?.headers ?? EMPTY,
      querystring: ctx.request?.querystring ?? EMPTY,
      path: ctx.request?.path ?? EMPTY,
      context,
      stageVariables,
    };
    for (const { header, source } of eff.mappings) {
      const value = resolveSource(source, inputs);
      if (value !== undefined) setHeader(headers, header, value);
    }
  }
  return { status, headers, body };
}

function withError(
  context: Readonly<Record<string, unknown>>,
  type: GatewayResponseType,
  message: string,
  validationErrorString: string,
): Readonly<Record<string, unknown>> {
  const previous = context.error;
  const error = {
    ...(previous !== null && typeof previous === "object" ? previous : {}),
    message,
    messageString: JSON.stringify(message),
    responseType: type,
    validationErrorString,
  };
  return { ...context, error };
}

/** The first Accept media type with a template, else application/json's, else the first template. */
function chooseTemplate(
  templates: ReadonlyMap<string, readonly [string, CompiledTemplate]>,
  accept: string | undefined,
): readonly [string, CompiledTemplate] | undefined {
  if (templates.size === 0) return undefined;
  if (accept) {
    for (const range of accept.split(",")) {
      const type = range.split(";")[0].trim().toLowerCase();
      const found = templates.get(type);
      if (found) return found;
    }
  }
  return templates.get(DEFAULT_CONTENT_TYPE) ?? templates.values().next().value;
}

/** A mapped header replaces one of the same name (content-type included) instead of repeating it. */
function setHeader(headers: [string, string][], name: string, value: string): void {
  const lower = name.toLowerCase();
  const index = headers.findIndex(([n]) => n.toLowerCase() === lower);
  if (index >= 0) headers[index] = [name, value];
  else headers.push([name, value]);
}
