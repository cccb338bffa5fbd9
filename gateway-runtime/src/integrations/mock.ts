/**
 * AWS's MOCK integration. The request template picked by Content-Type names the status (`{"statusCode": 200}`),
 * the integration response selected for that status gives body and headers. Templates are static today, so
 * every possible answer is rendered at compile time; the VTL engine (a later issue) replaces
 * `statusFromTemplate` and the static body with compiled template functions at this same seam.
 */
import type { SnapshotIntegration, SnapshotIntegrationResponse } from "../../../lib/domain/snapshot";
import type { Exchange } from "../pipeline/exchange";
import type { Integration, Outcome } from "../pipeline/stage";
import { responseHeaderValues } from "./response-parameters";
import { CONFIG_ERROR } from "../pipeline/outcomes";

const DEFAULT_CONTENT_TYPE = "application/json";
const STATUS_CODE = /"statusCode"\s*:\s*(\d{3})/;

/** The statusCode a (static) request template asks for; AWS's default without a template is 200. */
export function statusFromTemplate(template: string | undefined): number | null {
  if (template === undefined || template.trim() === "") return 200;
  const match = STATUS_CODE.exec(template);
  return match ? Number(match[1]) : null;
}

/** AWS's integration response selection: a matching selectionPattern first, then the default (no pattern). */
export function selectIntegrationResponse(
  responses: readonly SnapshotIntegrationResponse[],
  status: number,
): SnapshotIntegrationResponse | null {
  const code = String(status);
  const patterned = responses.find((r) => r.selectionPattern && patternMatches(r.selectionPattern, code));
  if (patterned) return patterned;
  const defaults = responses.filter((r) => !r.selectionPattern);
  // Two responses without a pattern is a misconfiguration AWS tolerates; prefer the one naming this status.
  return defaults.find((r) => r.statusCode === code) ?? defaults[0] ?? null;
}

function patternMatches(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return false; // an invalid Java-style pattern selects nothing, leaving the default
  }
}

function renderOutcome(integration: SnapshotIntegration, template: string | undefined): Outcome {
  const status = statusFromTemplate(template);
  if (status === null) return CONFIG_ERROR;
  const selected = selectIntegrationResponse(Object.values(integration.integrationResponses), status);
  if (!selected) return CONFIG_ERROR;
  const templates = selected.responseTemplates;
  const bodyText = templates[DEFAULT_CONTENT_TYPE] ?? Object.values(templates)[0] ?? "";
  const body = Buffer.from(bodyText);
  const headers = ["content-type", DEFAULT_CONTENT_TYPE, "content-length", String(body.length)];
  headers.push(...responseHeaderValues(selected.responseParameters));
  return { kind: "response", response: { status: Number(selected.statusCode), headers, body } };
}

export class MockIntegration implements Integration {
  readonly type = "MOCK";
  private readonly byContentType = new Map<string, Outcome>();
  private readonly fallback: Outcome;

  constructor(integration: SnapshotIntegration) {
    const templates = integration.requestTemplates;
    for (const [contentType, template] of Object.entries(templates)) {
      this.byContentType.set(contentType.toLowerCase(), renderOutcome(integration, template));
    }
    const first = Object.keys(templates)[0];
    this.fallback =
      this.byContentType.get(DEFAULT_CONTENT_TYPE) ??
      (first !== undefined ? this.byContentType.get(first.toLowerCase())! : renderOutcome(integration, undefined));
  }

  invoke(ex: Exchange): Outcome {
    if (this.byContentType.size <= 1) return this.fallback;
    const header = ex.req.headers["content-type"];
    if (header === undefined) return this.fallback;
    const semicolon = header.indexOf(";");
    const contentType = (semicolon < 0 ? header : header.slice(0, semicolon)).trim().toLowerCase();
    return this.byContentType.get(contentType) ?? this.fallback;
  }
}
