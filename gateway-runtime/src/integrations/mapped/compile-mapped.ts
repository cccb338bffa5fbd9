/** Compiles a non-proxy integration (templates, mappings, selection patterns) once per deployment. */
import { compileTemplate, type CompiledTemplate } from "../../../../lib/domain/vtl";
import { compileRequestParameters } from "../../../../lib/domain/mapping/request-parameters";
import { compileResponseParameters } from "../../../../lib/domain/mapping/response-parameters";
import { compileResponseSelection } from "../../../../lib/domain/mapping/integration-response";
import type { SnapshotIntegration } from "../../../../lib/domain/snapshot";
import type { Exchange } from "../../pipeline/exchange";
import type { Backend } from "./backend";
import { MappedIntegration, type CompiledIntegrationResponse, type TemplateSlot } from "./mapped-integration";

export interface MappedCompileContext {
  binaryMediaTypes: readonly string[];
  timeoutMs: number;
  maxBodyBytes: number;
  accountId: string;
  warn(message: string): void;
  report(ex: Exchange, message: string): void;
}

function compileTemplates(templates: Readonly<Record<string, string>>, where: string, warn: (m: string) => void): Map<string, TemplateSlot> {
  const out = new Map<string, TemplateSlot>();
  for (const [contentType, source] of Object.entries(templates)) {
    if (source.trim() === "") {
      out.set(contentType, null); // an empty template passes the payload through
      continue;
    }
    const compiled = compileTemplate(source);
    if (compiled.ok) {
      out.set(contentType, compiled.template);
    } else {
      // Kept as broken, not dropped: a request that picks it gets AWS's 500, never an unmapped passthrough.
      const error = `${where} template for ${contentType} does not compile at line ${compiled.error.line ?? "?"}: ${compiled.error.message}`;
      warn(error);
      out.set(contentType, { error });
    }
  }
  return out;
}

export function compileMapped(integration: SnapshotIntegration, backend: Backend, context: MappedCompileContext): MappedIntegration {
  const requestTemplates = compileTemplates(integration.requestTemplates, "request", context.warn);
  const compiledRequestTemplates = new Map<string, CompiledTemplate | { error: string }>();
  for (const [contentType, template] of requestTemplates) if (template) compiledRequestTemplates.set(contentType, template);
  // Empty templates are passthrough; the selection still has to see them so WHEN_NO_TEMPLATES behaves.
  const responses: CompiledIntegrationResponse[] = Object.values(integration.integrationResponses).map((response) => ({
    statusCode: response.statusCode,
    ...(response.selectionPattern ? { selectionPattern: response.selectionPattern } : {}),
    responseParameters: compileResponseParameters(response.responseParameters),
    responseTemplates: compileTemplates(response.responseTemplates, `integration response ${response.statusCode}`, context.warn),
    ...(response.contentHandling ? { contentHandling: response.contentHandling } : {}),
  }));
  return new MappedIntegration({
    type: integration.type,
    requestTemplates: integration.requestTemplates,
    compiledRequestTemplates,
    passthroughBehavior: integration.passthroughBehavior,
    requestParameters: compileRequestParameters(integration.requestParameters),
    responses: compileResponseSelection(responses),
    ...(integration.contentHandling ? { contentHandling: integration.contentHandling } : {}),
    binaryMediaTypes: context.binaryMediaTypes,
    timeoutMs: context.timeoutMs,
    maxBodyBytes: context.maxBodyBytes,
    accountId: context.accountId,
    backend,
    report: context.report,
  });
}
