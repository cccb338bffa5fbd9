/**
 * AWS's non-proxy integration flow, shared by MOCK, HTTP, AWS service and AWS (Lambda) integrations:
 * method request -> request template (passthroughBehavior, VTL) + requestParameters -> back end ->
 * integration response selected by selectionPattern -> responseParameters + response template -> method response.
 * Everything that can be compiled (templates, mappings, regexes) was compiled with the deployment.
 */
import { renderTemplate, type CompiledTemplate, type VtlInput } from "../../../../lib/domain/vtl";
import { selectRequestTemplate } from "../../../../lib/domain/mapping/request-template";
import { evaluateRequestParameters, type CompiledRequestMapping } from "../../../../lib/domain/mapping/request-parameters";
import { evaluateResponseParameters, type CompiledResponseMapping } from "../../../../lib/domain/mapping/response-parameters";
import { selectIntegrationResponse, type CompiledResponseSelection } from "../../../../lib/domain/mapping/integration-response";
import { methodRequestHeaders, methodResponseHeaders } from "../../../../lib/domain/mapping/headers";
import { convertPayload, requestPayloadConversion, responsePayloadConversion } from "../../../../lib/domain/mapping/payload-encoding";
import type { ContentHandling, IntegrationType, PassthroughBehavior } from "../../../../lib/domain/snapshot";
import type { Exchange } from "../../pipeline/exchange";
import { readRequestBody } from "../../pipeline/read-body";
import { buildContextVariables } from "../../pipeline/context-variables";
import type { Integration, Outcome } from "../../pipeline/stage";
import type { Backend, BackendRequest } from "./backend";
import { integrationDetail, markStep } from "../../telemetry/timeline";
import { logEndpointResponse } from "../../telemetry/execution-log-lines";
import { CONFIG_ERROR } from "../../pipeline/outcomes";
import { TOO_LARGE, UNSUPPORTED_MEDIA_TYPE } from "../../pipeline/outcomes";

/** A compiled template, null for an empty one (passthrough), or the compile error of a broken one. */
export type TemplateSlot = CompiledTemplate | null | { error: string };

const isBroken = (slot: TemplateSlot): slot is { error: string } => slot !== null && "error" in slot;

export interface CompiledIntegrationResponse {
  statusCode: string;
  selectionPattern?: string;
  responseParameters: readonly CompiledResponseMapping[];
  /** Keyed by content type, as configured. */
  responseTemplates: ReadonlyMap<string, TemplateSlot>;
  contentHandling?: ContentHandling;
}

export interface MappedSettings {
  type: IntegrationType;
  requestTemplates: Readonly<Record<string, string>>;
  compiledRequestTemplates: ReadonlyMap<string, CompiledTemplate | { error: string }>;
  passthroughBehavior: PassthroughBehavior;
  requestParameters: readonly CompiledRequestMapping[];
  responses: CompiledResponseSelection<CompiledIntegrationResponse>;
  contentHandling?: ContentHandling;
  binaryMediaTypes: readonly string[];
  timeoutMs: number;
  maxBodyBytes: number;
  accountId: string;
  backend: Backend;
  /** Execution-log style problems (template errors with their line), reported but never sent to clients. */
  report(ex: Exchange, message: string): void;
}

const UTF8 = new TextDecoder();
const ENCODER = new TextEncoder();
const VTL_LIMITS = { now: () => performance.now() };

function firstValues(multi: Readonly<Record<string, readonly string[]>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(multi)) out[name] = multi[name][0];
  return out;
}

export class MappedIntegration implements Integration {
  /** Marks transformRequest, integration and transformResponse itself: only it knows where templates run. */
  readonly marksTimeline = true;

  constructor(private readonly settings: MappedSettings) {}

  get type(): string {
    return this.settings.type;
  }

  invoke(ex: Exchange): Promise<Outcome> {
    const read = readRequestBody(ex, this.settings.maxBodyBytes);
    return Promise.resolve(read).then((body) => (body.ok ? this.withBody(ex, body.body) : TOO_LARGE));
  }

  private async withBody(ex: Exchange, rawBody: Buffer): Promise<Outcome> {
    const s = this.settings;
    const req = ex.req;
    const contentType = req.headers["content-type"];
    const choice = selectRequestTemplate(s.requestTemplates, contentType, s.passthroughBehavior);
    if (choice.kind === "unsupported") return UNSUPPORTED_MEDIA_TYPE;

    const converted = convertPayload(rawBody, requestPayloadConversion(contentType, s.binaryMediaTypes, s.contentHandling));
    if (!converted.ok) return CONFIG_ERROR;
    const headers = methodRequestHeaders(req.rawHeaders);
    const query = ex.queryValues();
    const path = ex.pathParameters();
    const context = buildContextVariables(ex, { accountId: s.accountId });
    const stageVariables = ex.stage?.variables ?? {};
    const input: VtlInput = { body: UTF8.decode(converted.body), path, querystring: firstValues(query), header: firstValues(headers) };

    let body: Uint8Array = converted.body;
    const request: BackendRequest = {
      body,
      header: {},
      querystring: {},
      path: {},
      contentType,
      deadlineMs: Date.now() + s.timeoutMs,
    };
    let requestOverride: { header: Record<string, string>; querystring: Record<string, string>; path: Record<string, string> } | null = null;
    if (choice.kind === "template") {
      const transformStarted = performance.now();
      const template = s.compiledRequestTemplates.get(choice.contentType);
      if (!template) return CONFIG_ERROR;
      if (isBroken(template)) {
        markStep(ex, "transformRequest", transformStarted, "error", `template for ${choice.contentType} does not compile`);
        s.report(ex, `Execution failed due to configuration error: ${template.error}`);
        return CONFIG_ERROR;
      }
      const rendered = renderTemplate(template, { input, context, stageVariables: { ...stageVariables } }, VTL_LIMITS);
      if (!rendered.ok) {
        markStep(ex, "transformRequest", transformStarted, "error", `template for ${choice.contentType} failed at line ${rendered.error.line ?? "?"}`);
        s.report(ex, `Execution failed due to a request template error at line ${rendered.error.line ?? "?"}: ${rendered.error.message}`);
        if (rendered.error.httpStatus === 400) return { kind: "gateway-error", type: "BAD_REQUEST_BODY" };
        return CONFIG_ERROR;
      }
      body = ENCODER.encode(rendered.output);
      requestOverride = rendered.requestOverride;
      markStep(ex, "transformRequest", transformStarted, "ok", `template for ${choice.contentType}`);
    }
    const mapped = evaluateRequestParameters(
      s.requestParameters,
      { headers, query, path, body: input.body, context, stageVariables },
      s.type,
    );
    if (!mapped.ok) {
      if (mapped.status === 400) return { kind: "gateway-error", type: "DEFAULT_4XX", status: 400, message: mapped.message };
      s.report(ex, `Execution failed due to configuration error: header ${mapped.header} cannot be mapped`);
      return CONFIG_ERROR;
    }
    request.body = body;
    request.header = mapped.parameters.header;
    request.querystring = mapped.parameters.querystring;
    request.path = mapped.parameters.path;
    if (requestOverride) {
      Object.assign(request.header, requestOverride.header);
      for (const [name, value] of Object.entries(requestOverride.querystring)) request.querystring[name] = [value];
      Object.assign(request.path, requestOverride.path);
    }

    const started = performance.now();
    const answer = await s.backend.call(ex, request);
    if (ex.integrationLatencyMs === null) ex.integrationLatencyMs = Math.round(performance.now() - started);
    markStep(ex, "integration", started, answer.kind === "error" ? "error" : "ok", integrationDetail(ex, s.type));
    if (answer.kind === "error") return answer.outcome;
    if (s.type !== "MOCK" && ex.exec?.info) logEndpointResponse(ex, ex.integrationStatus ?? 200, ex.integrationLatencyMs, answer.headers, answer.body);

    const selected = selectIntegrationResponse(s.responses, answer.selector);
    if (!selected) {
      s.report(ex, "Execution failed due to configuration error: No match for output mapping and no default output mapping configured");
      return CONFIG_ERROR;
    }
    return this.respond(ex, selected, answer, { input, context, stageVariables });
  }

  private respond(
    ex: Exchange,
    selected: CompiledIntegrationResponse,
    answer: Extract<Awaited<ReturnType<Backend["call"]>>, { kind: "answer" }>,
    scope: { input: VtlInput; context: Record<string, unknown>; stageVariables: Readonly<Record<string, string>> },
  ): Outcome {
    const s = this.settings;
    const accept = ex.req.headers.accept;
    const backendText = UTF8.decode(answer.body);
    let status = Number(selected.statusCode);
    let contentType = "application/json";
    let body: Uint8Array = answer.body;
    const extraHeaders: Record<string, string> = {};

    const chosen = chooseResponseTemplate(selected.responseTemplates, accept);
    if (chosen) {
      contentType = chosen.contentType;
      const transformStarted = performance.now();
      if (chosen.template && isBroken(chosen.template)) {
        markStep(ex, "transformResponse", transformStarted, "error", `template for ${chosen.contentType} does not compile`);
        s.report(ex, `Execution failed due to configuration error: ${chosen.template.error}`);
        return CONFIG_ERROR;
      }
      if (chosen.template) {
        const rendered = renderTemplate(
          chosen.template,
          { input: { ...scope.input, body: backendText }, context: scope.context, stageVariables: { ...scope.stageVariables } },
          VTL_LIMITS,
        );
        if (!rendered.ok) {
          markStep(ex, "transformResponse", transformStarted, "error", `template for ${chosen.contentType} failed at line ${rendered.error.line ?? "?"}`);
          s.report(ex, `Execution failed due to a response template error at line ${rendered.error.line ?? "?"}: ${rendered.error.message}`);
          return CONFIG_ERROR;
        }
        body = ENCODER.encode(rendered.output);
        if (rendered.responseOverride.status !== undefined) status = rendered.responseOverride.status;
        Object.assign(extraHeaders, rendered.responseOverride.header);
        markStep(ex, "transformResponse", transformStarted, "ok", `integration response ${selected.statusCode}, template for ${chosen.contentType}`);
      }
    }
    const mapped = evaluateResponseParameters(selected.responseParameters, {
      headers: answer.headers,
      body: backendText,
      context: scope.context,
      stageVariables: scope.stageVariables,
    });
    if (!mapped.ok) return CONFIG_ERROR;
    const converted = convertPayload(body, responsePayloadConversion(answer.contentType ?? contentType, accept, s.binaryMediaTypes, selected.contentHandling));
    if (!converted.ok) return CONFIG_ERROR;

    const flat: string[] = [];
    let hasContentType = false;
    for (const [name, value] of Object.entries({ ...mapped.headers, ...extraHeaders })) {
      if (name.toLowerCase() === "content-type") hasContentType = true;
      flat.push(name, value);
    }
    const headers = methodResponseHeaders(flat, s.type);
    if (!hasContentType) headers.unshift("Content-Type", contentType);
    const out = Buffer.from(converted.body.buffer, converted.body.byteOffset, converted.body.byteLength);
    headers.push("Content-Length", String(out.length));
    return { kind: "response", response: { status, headers, body: out } };
  }
}

/** AWS picks the response template by the client's Accept type, then application/json, then the first one. */
function chooseResponseTemplate(
  templates: ReadonlyMap<string, TemplateSlot>,
  accept: string | undefined,
): { contentType: string; template: TemplateSlot } | null {
  if (templates.size === 0) return null;
  if (accept) {
    for (const part of accept.split(",")) {
      const type = part.split(";")[0].trim().toLowerCase();
      for (const [contentType, template] of templates) if (contentType.toLowerCase() === type) return { contentType, template };
    }
  }
  const json = templates.get("application/json");
  if (json !== undefined) return { contentType: "application/json", template: json };
  const [contentType, template] = templates.entries().next().value!;
  return { contentType, template };
}
