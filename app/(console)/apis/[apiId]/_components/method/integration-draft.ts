import type { MethodJson } from "@/lib/query/types";
import { putIntegrationSchema, type PutIntegrationInput } from "@/lib/schemas/integration.schema";
import { statusCodeSchema } from "@/lib/schemas/method.schema";
import { awsServiceUri, lambdaUri, parseAwsServiceUri, parseLambdaUri, type AwsServiceTarget, type LambdaTarget, type Place } from "./aws-uris";
import { rows, type Row } from "./map-edits";

/** The console's integration kinds: AWS's five types, with Lambda split out of AWS / AWS_PROXY as AWS's console does. */
export type IntegrationKind = "MOCK" | "HTTP" | "HTTP_PROXY" | "LAMBDA" | "AWS";

export interface ParameterMapping {
  location: "path" | "querystring" | "header";
  name: string;
  source: string;
}

export interface MappingTemplate {
  contentType: string;
  template: string;
}

export interface IntegrationDraft {
  kind: IntegrationKind;
  /** Lambda only: AWS_PROXY ("Lambda proxy integration") rather than AWS with mapping templates. */
  lambdaProxy: boolean;
  httpMethod: string;
  uri: string;
  lambda: LambdaTarget;
  aws: AwsServiceTarget;
  credentials: string;
  timeout: string;
  passthroughBehavior: string;
  contentHandling: string;
  parameters: Row<ParameterMapping>[];
  templates: Row<MappingTemplate>[];
  /** MOCK only: the one response the mock answers with (edited in the integration response box when there are more). */
  mockStatus: string;
  mockBody: string;
}

export const DEFAULT_MOCK_REQUEST_TEMPLATE = '{"statusCode": 200}';
const TARGET = /^integration\.request\.(path|querystring|header)\.(.+)$/;

export function integrationKind(type: string | undefined, uri: string | undefined): IntegrationKind {
  if (type === "AWS_PROXY") return "LAMBDA";
  if (type === "AWS") return parseLambdaUri(uri) ? "LAMBDA" : "AWS";
  if (type === "HTTP" || type === "HTTP_PROXY") return type;
  return "MOCK";
}

export function integrationDraft(method: MethodJson, place: Place): IntegrationDraft {
  const integration = method.methodIntegration;
  const kind = integrationKind(integration?.type, integration?.uri);
  const responses = Object.values(integration?.integrationResponses ?? {});
  const single = responses.length === 1 ? responses[0] : undefined;
  const templates = Object.entries(integration?.requestTemplates ?? {}).map(([contentType, template]) => ({ contentType, template }));
  if (!integration) templates.push({ contentType: "application/json", template: DEFAULT_MOCK_REQUEST_TEMPLATE });
  return {
    kind,
    lambdaProxy: integration ? integration.type === "AWS_PROXY" : true,
    httpMethod: integration?.httpMethod ?? (method.httpMethod === "ANY" ? "ANY" : method.httpMethod),
    uri: kind === "HTTP" || kind === "HTTP_PROXY" ? (integration?.uri ?? "") : "",
    lambda: parseLambdaUri(integration?.uri) ?? { ...place, functionName: "", qualifier: "" },
    aws: parseAwsServiceUri(kind === "AWS" ? integration?.uri : undefined) ?? { region: place.region, service: "", subdomain: "", actionType: "action", value: "" },
    credentials: integration?.credentials ?? "",
    timeout: String(integration?.timeoutInMillis ?? 29000),
    passthroughBehavior: integration?.passthroughBehavior ?? "WHEN_NO_MATCH",
    contentHandling: integration?.contentHandling ?? "",
    parameters: rows(
      Object.entries(integration?.requestParameters ?? {}).flatMap(([target, source]) => {
        const match = TARGET.exec(target);
        return match ? [{ location: match[1] as ParameterMapping["location"], name: match[2], source }] : [];
      }),
    ),
    templates: rows(templates),
    mockStatus: single?.statusCode ?? "200",
    mockBody: single?.responseTemplates["application/json"] ?? (integration ? "" : '{"message": "Hello from Portico"}'),
  };
}

/** AWS's type for the draft. */
export function integrationType(draft: IntegrationDraft): PutIntegrationInput["type"] {
  if (draft.kind === "LAMBDA") return draft.lambdaProxy ? "AWS_PROXY" : "AWS";
  return draft.kind;
}

/** Whether the kind takes mapping templates and integration responses (proxies pass requests and responses through). */
export function usesMapping(draft: Pick<IntegrationDraft, "kind" | "lambdaProxy">): boolean {
  return draft.kind === "MOCK" || draft.kind === "HTTP" || draft.kind === "AWS" || (draft.kind === "LAMBDA" && !draft.lambdaProxy);
}

export type IntegrationProblems = Record<string, string>;

export function integrationInput(
  method: MethodJson,
  draft: IntegrationDraft,
): { ok: true; input: PutIntegrationInput } | { ok: false; problems: IntegrationProblems } {
  const problems: IntegrationProblems = {};
  const type = integrationType(draft);
  const mapping = usesMapping(draft);
  const timeout = draft.timeout.trim() === "" ? Number.NaN : Number(draft.timeout);
  let uri: string | undefined;
  let httpMethod: string | undefined = draft.httpMethod;
  if (draft.kind === "HTTP" || draft.kind === "HTTP_PROXY") uri = draft.uri.trim();
  if (draft.kind === "LAMBDA") {
    if (!draft.lambda.functionName.trim()) problems.function = "Choose a function.";
    uri = lambdaUri(draft.lambda);
    httpMethod = "POST"; // Lambda's Invoke is a POST whatever the method request was.
  }
  if (draft.kind === "AWS") {
    if (!draft.aws.region.trim()) problems["aws.region"] = "Give the region.";
    if (!draft.aws.service.trim()) problems["aws.service"] = "Name the service, e.g. sqs or dynamodb.";
    if (!draft.aws.value.trim()) problems["aws.value"] = draft.aws.actionType === "action" ? "Name the action." : "Give the path.";
    uri = awsServiceUri(draft.aws);
  }
  if (draft.kind === "MOCK") httpMethod = undefined;

  const requestParameters: Record<string, string> = {};
  for (const { id, value } of draft.parameters) {
    const key = `integration.request.${value.location}.${value.name.trim()}`;
    if (!value.name.trim()) problems[id] = "Give the parameter a name.";
    else if (!value.source.trim()) problems[id] = "Map it from a method request parameter, a 'literal', context.x or stageVariables.x.";
    else if (key in requestParameters) problems[id] = "This parameter is mapped twice.";
    else requestParameters[key] = value.source.trim();
  }
  const requestTemplates: Record<string, string> = {};
  if (mapping) {
    for (const { id, value } of draft.templates) {
      const contentType = value.contentType.trim().toLowerCase();
      if (!/^[\w.+-]+\/[\w.+*-]+$/.test(contentType)) problems[id] = "Use a media type such as application/json.";
      else if (contentType in requestTemplates) problems[id] = `${contentType} has a template already.`;
      else requestTemplates[contentType] = value.template;
    }
  }
  if (draft.kind === "MOCK" && hasMockResponse(method)) {
    const status = statusCodeSchema.safeParse(draft.mockStatus.trim());
    if (!status.success) problems.mockStatus = status.error.issues[0]?.message ?? "Check the status code.";
  }
  const current = method.methodIntegration;
  const input: PutIntegrationInput = {
    type,
    ...(httpMethod ? { httpMethod } : {}),
    ...(uri !== undefined ? { uri } : {}),
    ...(draft.credentials.trim() && (draft.kind === "AWS" || draft.kind === "LAMBDA") ? { credentials: draft.credentials.trim() } : {}),
    requestParameters,
    requestTemplates,
    passthroughBehavior: draft.passthroughBehavior as PutIntegrationInput["passthroughBehavior"],
    timeoutInMillis: timeout,
    ...(draft.contentHandling && mapping ? { contentHandling: draft.contentHandling as PutIntegrationInput["contentHandling"] } : {}),
    // Not edited here: kept as they are, since PutIntegration replaces the whole integration.
    cacheKeyParameters: current?.cacheKeyParameters ?? [],
    ...(current?.cacheNamespace ? { cacheNamespace: current.cacheNamespace } : {}),
  };
  const parsed = putIntegrationSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      const key = field === "uri" ? (draft.kind === "LAMBDA" ? "function" : draft.kind === "AWS" ? "aws.value" : "uri") : field === "timeoutInMillis" ? "timeout" : field;
      problems[key] ??= field === "timeoutInMillis" ? "Integration timeout must be between 50 and 29000 ms." : issue.message;
    }
  }
  if (Object.keys(problems).length) return { ok: false, problems };
  return { ok: true, input };
}

/** The MOCK quick response is offered while the integration has at most one integration response. */
export function hasMockResponse(method: MethodJson): boolean {
  const integration = method.methodIntegration;
  return !integration || (integration.type === "MOCK" && Object.keys(integration.integrationResponses).length <= 1);
}
