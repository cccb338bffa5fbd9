/**
 * AWS's integration response responseParameters: `method.response.header.<name>` filled from the backend's
 * headers or body (`integration.response.header.X`, `.multivalueheader.X`, `.body`, `.body.<JSON path>`),
 * $context, stage variables or static values.
 */
import { parseMappingSource, resolveMappingSource, type BodyCache, type MappingSource } from "./mapping-sources";

export interface CompiledResponseMapping {
  header: string;
  source: MappingSource;
}

/** What the backend answered, with header names as it sent them (mappings match them case-sensitively). */
export interface IntegrationResponseData {
  headers: Readonly<Record<string, readonly string[]>>;
  /** Body text; parsed only when a mapping reads `body.<path>`. */
  body: string;
  context: Readonly<Record<string, unknown>>;
  stageVariables: Readonly<Record<string, string>>;
}

export type ResponseParametersResult =
  | { ok: true; headers: Record<string, string> }
  /** A body mapping met a body that starts like JSON but is not: AWS answers 500 (InternalFailureException). */
  | { ok: false; status: 500; message: "Internal server error" };

const TARGET = "method.response.header.";

export function compileResponseParameters(mappings: Readonly<Record<string, string>>): CompiledResponseMapping[] {
  const compiled: CompiledResponseMapping[] = [];
  for (const [target, expression] of Object.entries(mappings)) {
    if (!target.startsWith(TARGET) || target.length === TARGET.length) continue;
    const source = parseMappingSource(expression, "integration.response");
    if (source) compiled.push({ header: target.slice(TARGET.length), source });
  }
  return compiled;
}

/** Per response. Sources without a value leave their header out. */
export function evaluateResponseParameters(
  mappings: readonly CompiledResponseMapping[] | Readonly<Record<string, string>>,
  data: IntegrationResponseData,
): ResponseParametersResult {
  const compiled = Array.isArray(mappings) ? (mappings as readonly CompiledResponseMapping[]) : compileResponseParameters(mappings as Record<string, string>);
  const headers: Record<string, string> = {};
  const cache: BodyCache = {};
  for (const { header, source } of compiled) {
    const value = resolveMappingSource(source, data, cache);
    if (value === undefined || value === "") continue;
    if (typeof value === "object" && !Array.isArray(value)) return { ok: false, status: 500, message: "Internal server error" };
    headers[header] = Array.isArray(value) ? value.join(",") : value;
  }
  return { ok: true, headers };
}
