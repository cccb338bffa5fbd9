/**
 * Flattens the parts of a DeploymentSnapshot into labelled leaves ("Integration › Request templates ›
 * application/json" = the template) so two snapshots compare leaf by leaf. Ids are not leaves: a method names
 * its request validator by name, since the same validator has a new id after an export and re-import. Pure.
 */
import type {
  SnapshotGatewayResponse,
  SnapshotIntegration,
  SnapshotMethod,
  SnapshotModel,
  SnapshotRequestValidator,
} from "./snapshot";

/** One leaf: a short value (compared as text) or a long text (templates, schemas) the console shows as a line diff. */
export interface DiffLeaf {
  path: string[];
  value: string;
  text: boolean;
}

class Leaves {
  readonly list: DiffLeaf[] = [];

  value(path: string[], value: string | number | boolean | undefined | null): void {
    if (value === undefined || value === null) return;
    this.list.push({ path, value: String(value), text: false });
  }

  text(path: string[], value: string | undefined): void {
    if (value === undefined) return;
    this.list.push({ path, value, text: true });
  }

  /** A map such as requestParameters: one leaf per key, keys sorted so their order never shows as a change. */
  map(path: string[], record: Record<string, string | boolean> | undefined): void {
    for (const key of Object.keys(record ?? {}).sort()) this.value([...path, key], record?.[key]);
  }

  texts(path: string[], record: Record<string, string> | undefined): void {
    for (const key of Object.keys(record ?? {}).sort()) this.text([...path, key], record?.[key]);
  }
}

const byNumber = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });

function integrationLeaves(out: Leaves, integration: SnapshotIntegration): void {
  const at = (...rest: string[]) => ["Integration", ...rest];
  out.value(at("Type"), integration.type);
  out.value(at("Backend method"), integration.httpMethod);
  out.value(at("Endpoint URI"), integration.uri);
  out.value(at("Connection type"), integration.connectionType);
  out.value(at("Credentials"), integration.credentials);
  out.value(at("Passthrough behavior"), integration.passthroughBehavior);
  out.value(at("Timeout (ms)"), integration.timeoutInMillis);
  out.value(at("Content handling"), integration.contentHandling);
  out.value(at("Cache key parameters"), integration.cacheKeyParameters.length ? [...integration.cacheKeyParameters].sort().join(", ") : undefined);
  out.value(at("Cache namespace"), integration.cacheNamespace);
  out.map(at("Request parameters"), integration.requestParameters);
  out.texts(at("Request templates"), integration.requestTemplates);
  for (const code of Object.keys(integration.integrationResponses).sort(byNumber)) {
    const response = integration.integrationResponses[code];
    const resp = (...rest: string[]) => ["Integration response " + code, ...rest];
    out.value(resp("Selection pattern"), response.selectionPattern ?? "(default)");
    out.value(resp("Content handling"), response.contentHandling);
    out.map(resp("Header mappings"), response.responseParameters);
    out.texts(resp("Templates"), response.responseTemplates);
  }
}

/** Every leaf of one method; `validatorNames` resolves requestValidatorId within the method's own snapshot. */
export function methodLeaves(method: SnapshotMethod, validatorNames: ReadonlyMap<string, string>): DiffLeaf[] {
  const out = new Leaves();
  out.value(["Authorization"], method.authorizationType);
  out.value(["Authorizer"], method.authorizerId);
  out.value(["API key required"], method.apiKeyRequired);
  out.value(["Operation name"], method.operationName);
  out.value(["Request validator"], method.requestValidatorId ? (validatorNames.get(method.requestValidatorId) ?? method.requestValidatorId) : undefined);
  out.map(["Request parameters"], method.requestParameters);
  out.map(["Request models"], method.requestModels);
  if (method.integration) integrationLeaves(out, method.integration);
  else out.value(["Integration"], "none");
  for (const code of Object.keys(method.methodResponses).sort(byNumber)) {
    const response = method.methodResponses[code];
    out.value(["Method response " + code], "defined");
    out.map(["Method response " + code, "Headers"], response.responseParameters);
    out.map(["Method response " + code, "Models"], response.responseModels);
  }
  return out.list;
}

export function modelLeaves(model: SnapshotModel): DiffLeaf[] {
  const out = new Leaves();
  out.value(["Content type"], model.contentType);
  out.text(["Schema"], model.schema);
  return out.list;
}

export function validatorLeaves(validator: SnapshotRequestValidator): DiffLeaf[] {
  const out = new Leaves();
  out.value(["Validate body"], validator.validateRequestBody);
  out.value(["Validate parameters"], validator.validateRequestParameters);
  return out.list;
}

export function gatewayResponseLeaves(response: SnapshotGatewayResponse): DiffLeaf[] {
  const out = new Leaves();
  out.value(["Status code"], response.statusCode ?? "(default)");
  out.map(["Headers"], response.responseParameters);
  out.texts(["Templates"], response.responseTemplates);
  return out.list;
}
