/** Builders for deployment snapshots and runtime configs in tests and the benchmark. */
import type { RuntimeConfig } from "../../../lib/domain/runtime-contract";
import type {
  DeploymentSnapshot,
  HttpMethod,
  SnapshotIntegrationResponse,
  SnapshotMethod,
  SnapshotResource,
} from "../../../lib/domain/snapshot";

type MethodSpec = Omit<SnapshotMethod, "httpMethod">;

export interface MockOptions {
  status?: number;
  headers?: Record<string, string>;
  requestTemplates?: Record<string, string>;
  integrationResponses?: Record<string, SnapshotIntegrationResponse>;
}

export function mockMethod(body: string, options: MockOptions = {}): MethodSpec {
  const status = String(options.status ?? 200);
  const responseParameters: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.headers ?? {})) responseParameters[`method.response.header.${name}`] = `'${value}'`;
  return base({
    type: "MOCK",
    connectionType: "INTERNET",
    requestParameters: {},
    requestTemplates: options.requestTemplates ?? { "application/json": `{"statusCode": ${status}}` },
    passthroughBehavior: "WHEN_NO_MATCH",
    timeoutInMillis: 29_000,
    cacheKeyParameters: [],
    integrationResponses: options.integrationResponses ?? {
      [status]: { statusCode: status, responseParameters, responseTemplates: { "application/json": body } },
    },
  });
}

export interface ProxyOptions {
  httpMethod?: string;
  timeoutInMillis?: number;
  requestParameters?: Record<string, string>;
}

export function proxyMethod(uri: string, options: ProxyOptions = {}): MethodSpec {
  return base({
    type: "HTTP_PROXY",
    httpMethod: options.httpMethod ?? "ANY",
    uri,
    connectionType: "INTERNET",
    requestParameters: options.requestParameters ?? {},
    requestTemplates: {},
    passthroughBehavior: "WHEN_NO_MATCH",
    timeoutInMillis: options.timeoutInMillis ?? 29_000,
    cacheKeyParameters: [],
    integrationResponses: {},
  });
}

function base(integration: NonNullable<SnapshotMethod["integration"]>): MethodSpec {
  return {
    authorizationType: "NONE",
    apiKeyRequired: false,
    requestParameters: {},
    requestModels: {},
    integration,
    methodResponses: {},
  };
}

/** routes: { "/pets/{id}": { GET: mockMethod(...) } }; parent resources are created like AWS does. */
export function snapshot(
  restApiId: string,
  deploymentId: string,
  routes: Record<string, Partial<Record<HttpMethod, MethodSpec>>>,
): DeploymentSnapshot {
  const resources = new Map<string, SnapshotResource>();
  const ensure = (path: string): SnapshotResource => {
    const existing = resources.get(path);
    if (existing) return existing;
    const parentPath = path === "/" ? null : path.slice(0, path.lastIndexOf("/")) || "/";
    const parent = parentPath === null ? null : ensure(parentPath);
    const resource: SnapshotResource = {
      id: `r${resources.size}`,
      parentId: parent?.id ?? null,
      pathPart: path === "/" ? "" : path.slice(path.lastIndexOf("/") + 1),
      path,
      methods: {},
    };
    resources.set(path, resource);
    return resource;
  };
  ensure("/");
  for (const [path, methods] of Object.entries(routes)) {
    const resource = ensure(path);
    for (const [httpMethod, spec] of Object.entries(methods)) {
      if (spec) resource.methods[httpMethod] = { httpMethod: httpMethod as HttpMethod, ...spec };
    }
  }
  return {
    formatVersion: 1,
    apiType: "REST",
    restApiId,
    apiName: `api ${restApiId}`,
    deploymentId,
    createdAt: "2025-01-01T00:00:00.000Z",
    resources: [...resources.values()],
  };
}

export interface StageSpec {
  stageName: string;
  snapshot: DeploymentSnapshot;
  variables?: Record<string, string>;
}

export function runtimeConfig(version: string, stages: StageSpec[]): RuntimeConfig {
  const snapshots: Record<string, DeploymentSnapshot> = {};
  for (const stage of stages) snapshots[stage.snapshot.deploymentId] = stage.snapshot;
  return {
    version,
    stages: stages.map((stage) => ({
      restApiId: stage.snapshot.restApiId,
      stageName: stage.stageName,
      deploymentId: stage.snapshot.deploymentId,
      variables: stage.variables ?? {},
      updatedAt: "2025-01-01T00:00:00.000Z",
    })),
    snapshots,
  };
}
