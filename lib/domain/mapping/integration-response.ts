/**
 * AWS's integration response selection for non-proxy integrations: each IntegrationResponse's
 * selectionPattern is a Java regex matched against the whole selector (the backend's status code for HTTP and
 * AWS service integrations; for Lambda the function error's errorMessage, or "" when the function succeeded);
 * the response without a pattern is the default.
 */
import { compileJavaRegex, matchesWhole, type JavaRegexResult } from "./java-regex";

export interface IntegrationResponseRule {
  statusCode: string;
  selectionPattern?: string;
}

export interface CompiledResponseSelection<T extends IntegrationResponseRule> {
  /** Patterned responses in the order they are tried. */
  patterned: { response: T; pattern: JavaRegexResult }[];
  fallback: T | null;
}

function byStatus(a: IntegrationResponseRule, b: IntegrationResponseRule): number {
  const left = Number(a.statusCode);
  const right = Number(b.statusCode);
  return left !== right ? left - right : a.statusCode < b.statusCode ? -1 : a.statusCode > b.statusCode ? 1 : 0;
}

/**
 * Once per deployment. AWS does not document which response wins when several patterns match, nor which of
 * several pattern-less responses is the default; Portico tries them by ascending statusCode (the order a
 * statusCode-keyed map iterates in), so the choice is stable and independent of how they were stored.
 * An empty selectionPattern counts as none. A pattern Java would accept but JavaScript cannot express never matches.
 */
export function compileResponseSelection<T extends IntegrationResponseRule>(responses: readonly T[]): CompiledResponseSelection<T> {
  const sorted = [...responses].sort(byStatus);
  const patterned = sorted
    .filter((response) => response.selectionPattern)
    .map((response) => ({ response, pattern: compileJavaRegex(response.selectionPattern ?? "") }));
  const fallback = sorted.find((response) => !response.selectionPattern) ?? null;
  return { patterned, fallback };
}

/**
 * The response for a selector, or null when nothing matches and no default exists (AWS: 500 "Internal server
 * error", logged as "No match for output mapping and no default output mapping configured").
 */
export function selectIntegrationResponse<T extends IntegrationResponseRule>(
  responses: CompiledResponseSelection<T> | readonly T[],
  selector: string,
): T | null {
  const compiled = isCompiled(responses) ? responses : compileResponseSelection(responses);
  for (const { response, pattern } of compiled.patterned) if (matchesWhole(pattern, selector)) return response;
  return compiled.fallback;
}

function isCompiled<T extends IntegrationResponseRule>(
  value: CompiledResponseSelection<T> | readonly T[],
): value is CompiledResponseSelection<T> {
  return !Array.isArray(value);
}
