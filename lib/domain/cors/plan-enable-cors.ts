/**
 * The API Gateway console's "Enable CORS" action for a REST API resource, as a plan of the API objects it
 * writes: an OPTIONS method (authorization NONE, MOCK integration answering `{"statusCode": 200}`) whose 200
 * response returns Access-Control-Allow-Headers/-Methods/-Origin, and Access-Control-Allow-Origin on the
 * 200 response of every other method of the resource. Optionally DEFAULT_4XX/DEFAULT_5XX gateway responses
 * carry the same headers, so gateway errors stay readable to browsers. Header values are AWS mapping
 * literals ('*'); services apply the plan, merging into existing responses the way the console does.
 */
import type { HttpMethod, IntegrationType } from "../snapshot";

export const CONSOLE_ALLOW_HEADERS = "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'";
export const CONSOLE_ALLOW_ORIGIN = "'*'";

/** What ANY stands for in Access-Control-Allow-Methods, in the console's (alphabetical) order. */
const ANY_METHODS = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"];

const H = "method.response.header.";
const G = "gatewayresponse.header.";

export interface CorsResourceMethod {
  httpMethod: HttpMethod | string;
  integrationType?: IntegrationType;
}

export interface EnableCorsInput {
  resourcePath: string;
  /** Methods on the resource now (names, or names with their integration type). */
  methods: readonly (string | CorsResourceMethod)[];
  allowOrigin?: string;
  allowHeaders?: string;
  /** A literal ('GET,OPTIONS') or method names; defaults to the resource's methods plus OPTIONS. */
  allowMethods?: string | readonly string[];
  exposeHeaders?: string;
  maxAge?: number | string;
  allowCredentials?: boolean;
  /** Gateway responses to give the CORS headers too (the console's "DEFAULT 4XX" / "DEFAULT 5XX" boxes). */
  gatewayResponses?: readonly ("DEFAULT_4XX" | "DEFAULT_5XX")[];
}

export interface CorsMethodResponsePlan {
  statusCode: "200";
  /** Merged into an existing 200 response's parameters. */
  responseParameters: Record<string, boolean>;
  /** Used only when the 200 response has to be created; an existing response keeps its models. */
  responseModels: Record<string, string>;
}

export interface CorsIntegrationResponsePlan {
  statusCode: "200";
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
}

export interface CorsPlan {
  resourcePath: string;
  /** The resolved Access-Control-Allow-Methods literal. */
  allowMethods: string;
  options: {
    /** False when the resource already has OPTIONS: keep it, upsert only its 200 responses. */
    create: boolean;
    method: { httpMethod: "OPTIONS"; authorizationType: "NONE"; apiKeyRequired: false };
    integration: {
      type: "MOCK";
      requestTemplates: Record<string, string>;
      passthroughBehavior: "WHEN_NO_MATCH";
      timeoutInMillis: 29000;
    };
    methodResponse: CorsMethodResponsePlan;
    integrationResponse: CorsIntegrationResponsePlan;
  };
  methods: {
    httpMethod: string;
    methodResponse: CorsMethodResponsePlan;
    integrationResponse: CorsIntegrationResponsePlan;
    /** AWS_PROXY / HTTP_PROXY ignore integration responses: the backend must send the header itself. */
    proxy: boolean;
  }[];
  gatewayResponses: { responseType: "DEFAULT_4XX" | "DEFAULT_5XX"; responseParameters: Record<string, string> }[];
}

export function planEnableCors(input: EnableCorsInput): CorsPlan {
  const methods = input.methods.map((m) => (typeof m === "string" ? { httpMethod: m } : m));
  const names = methods.map((m) => m.httpMethod.toUpperCase());
  const origin = literal(input.allowOrigin ?? CONSOLE_ALLOW_ORIGIN);
  const allowMethods = resolveAllowMethods(input.allowMethods, names);
  const optional: Record<string, string> = {};
  if (input.allowCredentials) optional["Access-Control-Allow-Credentials"] = "'true'";
  if (input.exposeHeaders) optional["Access-Control-Expose-Headers"] = literal(input.exposeHeaders);

  // Preflight answers: the three headers, plus Max-Age, which only a preflight uses.
  const preflight: Record<string, string> = {
    "Access-Control-Allow-Headers": literal(input.allowHeaders ?? CONSOLE_ALLOW_HEADERS),
    "Access-Control-Allow-Methods": allowMethods,
    "Access-Control-Allow-Origin": origin,
    ...(input.allowCredentials ? { "Access-Control-Allow-Credentials": "'true'" } : {}),
    ...(input.maxAge !== undefined ? { "Access-Control-Max-Age": literal(String(input.maxAge)) } : {}),
  };
  // Actual responses: Allow-Origin, plus Expose-Headers, which only an actual response uses.
  const actual: Record<string, string> = { "Access-Control-Allow-Origin": origin, ...optional };

  return {
    resourcePath: input.resourcePath,
    allowMethods,
    options: {
      create: !names.includes("OPTIONS"),
      method: { httpMethod: "OPTIONS", authorizationType: "NONE", apiKeyRequired: false },
      integration: {
        type: "MOCK",
        requestTemplates: { "application/json": '{"statusCode": 200}' },
        passthroughBehavior: "WHEN_NO_MATCH",
        timeoutInMillis: 29000,
      },
      methodResponse: methodResponse(preflight),
      integrationResponse: integrationResponse(preflight),
    },
    methods: methods
      .filter((m) => m.httpMethod.toUpperCase() !== "OPTIONS")
      .map((m) => ({
        httpMethod: m.httpMethod.toUpperCase(),
        methodResponse: methodResponse(actual),
        integrationResponse: integrationResponse(actual),
        proxy: m.integrationType === "AWS_PROXY" || m.integrationType === "HTTP_PROXY",
      })),
    gatewayResponses: (input.gatewayResponses ?? []).map((responseType) => ({
      responseType,
      responseParameters: prefixed(G, { ...preflight, ...optional }),
    })),
  };
}

function resolveAllowMethods(given: string | readonly string[] | undefined, present: readonly string[]): string {
  if (typeof given === "string") return literal(given);
  const chosen = new Set<string>(["OPTIONS"]);
  for (const name of given ?? present) {
    const upper = name.toUpperCase();
    if (upper === "ANY") ANY_METHODS.forEach((m) => chosen.add(m));
    else chosen.add(upper);
  }
  return `'${[...chosen].sort().join(",")}'`;
}

/** AWS mapping values are quoted literals; the console shows them quoted, a caller may pass them bare. */
function literal(value: string): string {
  return value.length >= 2 && value.startsWith("'") && value.endsWith("'") ? value : `'${value}'`;
}

function prefixed<T>(prefix: string, headers: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [`${prefix}${name}`, value]));
}

function methodResponse(headers: Record<string, string>): CorsMethodResponsePlan {
  return {
    statusCode: "200",
    responseParameters: prefixed(H, Object.fromEntries(Object.keys(headers).map((name) => [name, false]))),
    responseModels: { "application/json": "Empty" },
  };
}

function integrationResponse(headers: Record<string, string>): CorsIntegrationResponsePlan {
  return { statusCode: "200", responseParameters: prefixed(H, headers), responseTemplates: {} };
}
