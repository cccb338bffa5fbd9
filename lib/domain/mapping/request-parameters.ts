/**
 * AWS's integration requestParameters for non-proxy integrations (and HTTP_PROXY, which merges them in):
 * `integration.request.{header|querystring|path}.<name>` targets filled from method request data, $context,
 * stage variables or static values.
 */
import type { IntegrationType } from "../snapshot";
import { isForbiddenRequestMappingHeader } from "./headers";
import { parseMappingSource, resolveMappingSource, type BodyCache, type MappingData, type MappingSource } from "./mapping-sources";

export type RequestTargetLocation = "header" | "querystring" | "path";

export interface CompiledRequestMapping {
  location: RequestTargetLocation;
  name: string;
  source: MappingSource;
}

export interface IntegrationRequestParameters {
  header: Record<string, string>;
  /** A multivaluequerystring source repeats the parameter once per value. */
  querystring: Record<string, string[]>;
  path: Record<string, string>;
}

export type RequestParametersResult =
  | { ok: true; parameters: IntegrationRequestParameters }
  /** A body mapping met a body that starts like JSON but is not: AWS answers 400 BadRequestException. */
  | { ok: false; status: 400; message: "Invalid JSON in request body" }
  /** A header AWS will not let a mapping set (Content-Length, Authorization on AWS...): 500, AWS logs a configuration error. */
  | { ok: false; status: 500; message: "Internal server error"; header: string };

const TARGET = /^integration\.request\.(header|querystring|path)\.(.+)$/;

/** Once per deployment. Mappings AWS would have refused (unknown target or source) are left out. */
export function compileRequestParameters(mappings: Readonly<Record<string, string>>): CompiledRequestMapping[] {
  const compiled: CompiledRequestMapping[] = [];
  for (const [target, expression] of Object.entries(mappings)) {
    const match = TARGET.exec(target);
    if (!match) continue;
    const source = parseMappingSource(expression, "method.request");
    if (!source) continue;
    compiled.push({ location: match[1] as RequestTargetLocation, name: match[2], source });
  }
  return compiled;
}

/**
 * Per request. A source with no value leaves its target out (so the backend sees no empty header or
 * parameter). With `integrationType`, headers AWS refuses to map for that type fail the request as AWS does.
 */
export function evaluateRequestParameters(
  mappings: readonly CompiledRequestMapping[] | Readonly<Record<string, string>>,
  data: MappingData,
  integrationType?: IntegrationType,
): RequestParametersResult {
  const compiled = Array.isArray(mappings) ? (mappings as readonly CompiledRequestMapping[]) : compileRequestParameters(mappings as Record<string, string>);
  const parameters: IntegrationRequestParameters = { header: {}, querystring: {}, path: {} };
  const cache: BodyCache = {};
  for (const { location, name, source } of compiled) {
    const value = resolveMappingSource(source, data, cache);
    if (value === undefined || value === "") continue;
    if (typeof value === "object" && !Array.isArray(value)) {
      return { ok: false, status: 400, message: "Invalid JSON in request body" };
    }
    if (location === "header" && integrationType && isForbiddenRequestMappingHeader(name, integrationType)) {
      return { ok: false, status: 500, message: "Internal server error", header: name };
    }
    if (location === "querystring") parameters.querystring[name] = Array.isArray(value) ? value : [value];
    else parameters[location][name] = Array.isArray(value) ? value.join(",") : value;
  }
  return { ok: true, parameters };
}
