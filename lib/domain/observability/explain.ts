/**
 * Gateway errors in plain words: why API Gateway answered a request the way it did, from what the runtime
 * recorded (error type, status, route facts, timeline, execution log), with a link to the console page that
 * fixes it. Pure: the caller supplies the ids the links need.
 */
import { GATEWAY_RESPONSE_DEFAULTS } from "../gateway-responses/catalog";
import type { RequestLogRecord, RequestStep, RequestStepName, RouteFacts } from "../runtime-contract";
import { consolePages } from "./console-links";

export interface Explanation {
  title: string;
  text: string;
  fix?: { label: string; href: string };
}

/** Where links point: the API and stage of the request, and the designer id of its resource when known. */
export interface ExplainLinks {
  apiId: string;
  stageName: string;
  resourceId?: string | null;
}

export type ExplainableRecord = Pick<RequestLogRecord, "httpMethod" | "path" | "status" | "errorType"> &
  Partial<Pick<RequestLogRecord, "resourcePath" | "errorMessage" | "timeline" | "executionLog" | "apiKeyId">> & { route?: RouteFacts | null };

type Explainer = (record: ExplainableRecord, links: ExplainLinks) => Explanation;

const MISSING_TOKEN_NOTE =
  'AWS words this as "Missing Authentication Token" because it treats an unsigned call to a route it does not have ' +
  "as one that lacks its IAM signature; no token is missing, the route is.";

/** "POST", "GET and POST", "GET, POST and PUT". */
function inWords(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function stepOf(record: ExplainableRecord, name: RequestStepName): RequestStep | undefined {
  return record.timeline?.find((step) => step.step === name);
}

/** The first execution-log line that says what failed ("Execution failed due to configuration error: ..."). */
function failureLine(record: ExplainableRecord): string | undefined {
  const lines = record.executionLog ?? [];
  return lines.find((line) => /execution failed|malformed|configuration error|function error/i.test(line)) ?? lines.find((l) => /error/i.test(l));
}

function methodLink(record: ExplainableRecord, links: ExplainLinks, label = "Open the method in the designer") {
  const method = record.route?.httpMethod ?? record.httpMethod;
  return { label, href: consolePages.designer(links.apiId, links.resourceId, links.resourceId ? method : null) };
}

const explainMissingRoute: Explainer = (record, links) => {
  const { route } = record;
  const stage = links.stageName;
  const method = record.httpMethod;
  if (route && !route.stageFound) {
    return {
      title: `Stage ${stage} is not deployed`,
      text: `Stage ${stage} is not deployed for this API, so nothing answers ${method} ${record.path}. Deploy the API to ${stage}, or call a stage that exists. ${MISSING_TOKEN_NOTE}`,
      fix: { label: `Deploy the API to ${stage}`, href: consolePages.designer(links.apiId) },
    };
  }
  if (route?.resourcePath) {
    const methods = route.resourceMethods ?? [];
    const has = methods.length > 0 ? `the resource has ${inWords(methods)} only` : "the resource has no methods";
    return {
      title: `No ${method} method on ${route.resourcePath}`,
      text: `No method ${method} on ${route.resourcePath} in stage ${stage}; ${has}. Add ${method} (or ANY) to the resource and deploy, or call one of the methods it has. ${MISSING_TOKEN_NOTE}`,
      fix: { label: `Open ${route.resourcePath} in the designer`, href: consolePages.designer(links.apiId, links.resourceId) },
    };
  }
  const what = route ? "No resource matches" : "No resource and method match";
  return {
    title: "No resource matches the path",
    text: `${what} ${route ? record.path : `${method} ${record.path}`} in stage ${stage}. Check the path for a typo, or add the resource and deploy it to ${stage}. ${MISSING_TOKEN_NOTE}`,
    fix: { label: "Open the resources", href: consolePages.designer(links.apiId) },
  };
};

const explainApiKey: Explainer = (record, links) => {
  const detail = stepOf(record, "apiKey")?.detail;
  const seen = detail ? ` (the key check says: ${detail})` : "";
  if (record.apiKeyId) {
    return {
      title: "API key not allowed on this stage",
      text: `The method requires an API key. The request's key ${record.apiKeyId} is known, but it is disabled or not in a usage plan that includes stage ${links.stageName}${seen}. AWS answers 403 "Forbidden".`,
      fix: { label: "Open the API key", href: consolePages.customer(record.apiKeyId) },
    };
  }
  return {
    title: "Missing or unknown API key",
    text: `The method requires an API key, and the request sent no x-api-key header or a value that matches no key${seen}. AWS answers 403 "Forbidden".`,
    fix: { label: "Open the API keys", href: consolePages.customers() },
  };
};

const explainThrottled: Explainer = (record, links) => {
  const detail = stepOf(record, "throttle")?.detail;
  const which = detail ? `: ${detail}` : "";
  const retry = 'AWS answers 429 "Too Many Requests"; callers should retry after a short, growing wait.';
  if (detail && /plan|key/i.test(detail)) {
    return {
      title: "Throttled by the usage plan",
      text: `The request went over its usage plan's rate or burst limit for the API key${which}. ${retry}`,
      fix: record.apiKeyId
        ? { label: "Open the API key", href: consolePages.customer(record.apiKeyId) }
        : { label: "Open the usage plans", href: consolePages.usagePlans() },
    };
  }
  if (detail && /account/i.test(detail)) {
    return { title: "Throttled by the account limit", text: `The request went over the account-wide rate limit${which}. ${retry}` };
  }
  return {
    title: "Throttled by the stage",
    text: `The request went over the stage's or the method's throttling limit${which}. ${retry}`,
    fix: { label: "Open the stage's method settings", href: consolePages.stage(links.apiId, links.stageName) },
  };
};

const explainQuota: Explainer = (record) => ({
  title: "Usage plan quota used up",
  text: `The API key${record.apiKeyId ? ` ${record.apiKeyId}` : ""} has used its usage plan's request quota for the current period. AWS answers 429 "Limit Exceeded" until the period resets, the quota is raised or the key's usage is adjusted.`,
  fix: record.apiKeyId
    ? { label: "Open the key's usage", href: consolePages.customer(record.apiKeyId) }
    : { label: "Open the usage plans", href: consolePages.usagePlans() },
});

const explainBadBody: Explainer = (record, links) => {
  const why =
    stepOf(record, "validate")?.detail ??
    record.executionLog?.find((line) => /does not match model|schema/i.test(line)) ??
    record.errorMessage ??
    "Invalid request body";
  return {
    title: "Request body failed validation",
    text: `The method's request validator checked the body against its model and it failed: ${why}.`,
    fix: methodLink(record, links, "Open the method's request validation"),
  };
};

const explainBadParameters: Explainer = (record, links) => ({
  title: "Required request parameters missing",
  text: `The method's request validator found required parameters missing: ${record.errorMessage ?? stepOf(record, "validate")?.detail ?? "Missing required request parameters"}.`,
  fix: methodLink(record, links, "Open the method's request parameters"),
});

const explainTooLarge: Explainer = () => ({
  title: "Request too large",
  text: "The request is over API Gateway's 10 MB payload limit, so it was refused before any integration ran.",
});

const explainIntegrationFailure: Explainer = (record, links) => {
  const line = failureLine(record);
  const integration = stepOf(record, "integration")?.detail;
  const fn = /:function:([A-Za-z0-9_-]+)/.exec(`${integration ?? ""} ${(record.executionLog ?? []).join(" ")}`)?.[1];
  const fnFix = fn ? { label: `Open function ${fn}`, href: consolePages.function(fn) } : methodLink(record, links);
  if (line && /malformed/i.test(line)) {
    return {
      title: "Malformed Lambda proxy response",
      text: `The function answered, but not in the shape a Lambda proxy integration needs: a JSON object with statusCode (a number), optional headers (string values), body (a string; JSON.stringify objects) and isBase64Encoded. Anything else becomes 502. The execution log says: ${line}`,
      fix: fnFix,
    };
  }
  if (line && /function error/i.test(line)) {
    return { title: "The Lambda function failed", text: `The function threw an error, so API Gateway answered 502. The execution log says: ${line}`, fix: fnFix };
  }
  return {
    title: "Integration failed",
    text: `The gateway got no usable answer from the integration${integration ? ` (${integration})` : ""}: the endpoint refused or reset the connection, or its name did not resolve. Check the endpoint URL and that the backend is up.${line ? ` The execution log says: ${line}` : ""}`,
    fix: methodLink(record, links, "Open the method's integration"),
  };
};

const explainTimeout: Explainer = (record, links) => {
  const step = stepOf(record, "integration");
  const after = step ? ` (it gave up after ${Math.round(step.durationMs)} ms)` : "";
  return {
    title: "Integration timed out",
    text: `The integration did not answer within its timeout${after}, so API Gateway answered 504 "Endpoint request timed out". The default timeout is 29 seconds: make the backend answer sooner or raise the integration's timeout.`,
    fix: methodLink(record, links, "Open the method's integration"),
  };
};

const explainServerError: Explainer = (record, links) => {
  const line = failureLine(record);
  const authorizer = record.errorType?.startsWith("AUTHORIZER_");
  const title = authorizer ? "The authorizer failed" : record.errorType === "API_CONFIGURATION_ERROR" ? "API configuration error" : "Internal server error";
  if (line) {
    return {
      title,
      text: `API Gateway answered ${record.status} because of how the method is set up. The execution log says: ${line}`,
      fix: methodLink(record, links),
    };
  }
  return {
    title,
    text: `API Gateway answered ${record.status} without saying why in this record. Turn execution logging on (INFO) in the stage's method settings and send the request again to see the failing step.`,
    fix: { label: "Open the stage's method settings", href: consolePages.stage(links.apiId, links.stageName) },
  };
};

const explainBackendError: Explainer = (record, links) => {
  const detail = stepOf(record, "integration")?.detail;
  return {
    title: `The integration answered ${record.status}`,
    text: `API Gateway passed on the backend's ${record.status}${detail ? ` (${detail})` : ""}; the gateway itself did not fail. Look at the backend's own logs for this request id.`,
    fix: methodLink(record, links, "Open the method's integration"),
  };
};

/** Any other gateway response type: AWS's own description of it, and the message the caller got. */
const explainOtherType: Explainer = (record, links) => {
  const known = GATEWAY_RESPONSE_DEFAULTS.find((d) => d.responseType === record.errorType);
  const about = known?.description ?? `The gateway answered with ${record.errorType}.`;
  const said = record.errorMessage ? ` The caller was told: "${record.errorMessage}".` : "";
  const auth = /UNAUTHORIZED|ACCESS_DENIED|EXPIRED_TOKEN|INVALID_SIGNATURE/.test(record.errorType ?? "");
  return {
    title: `${record.status} ${(record.errorType ?? "").toLowerCase().replace(/_/g, " ")}`,
    text: `${about}${said}`,
    ...(auth || record.errorType === "UNSUPPORTED_MEDIA_TYPE" ? { fix: methodLink(record, links) } : {}),
  };
};

const BY_TYPE: Readonly<Record<string, Explainer>> = {
  MISSING_AUTHENTICATION_TOKEN: explainMissingRoute,
  INVALID_API_KEY: explainApiKey,
  // Not an AWS type name, but the word runtimes and people use for the API-key 403.
  FORBIDDEN: explainApiKey,
  THROTTLED: explainThrottled,
  QUOTA_EXCEEDED: explainQuota,
  BAD_REQUEST_BODY: explainBadBody,
  BAD_REQUEST_PARAMETERS: explainBadParameters,
  REQUEST_TOO_LARGE: explainTooLarge,
  INTEGRATION_FAILURE: explainIntegrationFailure,
  INTEGRATION_TIMEOUT: explainTimeout,
  API_CONFIGURATION_ERROR: explainServerError,
  AUTHORIZER_CONFIGURATION_ERROR: explainServerError,
  AUTHORIZER_FAILURE: explainServerError,
  DEFAULT_5XX: explainServerError,
};

/** Why a request failed, or null when it did not (or when a backend's own 4xx is the whole story). */
export function explainRequest(record: ExplainableRecord, links: ExplainLinks): Explanation | null {
  if (record.errorType) return (BY_TYPE[record.errorType] ?? explainOtherType)(record, links);
  if (record.status === 413) return explainTooLarge(record, links);
  if (record.status === 502 && failureLine(record)) return explainIntegrationFailure(record, links);
  if (record.status === 500 && failureLine(record)) return explainServerError(record, links);
  if (record.status >= 500) return explainBackendError(record, links);
  return null;
}
