/** Compiles one stage (its deployment snapshot plus its stage variables) into a router of ready methods. */
import { pathPartParamName } from "../../../lib/domain/paths";
import type { DeploymentSnapshot, SnapshotResource } from "../../../lib/domain/snapshot";
import type { RuntimeStage } from "../../../lib/domain/runtime-contract";
import { Router } from "../router/router";
import { compileIntegration } from "../stages/integrate";
import type { UpstreamPools } from "../integrations/upstream-pools";
import type { CompiledMethod, CompiledResource, CompiledStage } from "./compiled";

export interface CompileContext {
  pools: UpstreamPools;
  maxBodyBytes: number;
  warn(message: string, fields?: Record<string, unknown>): void;
}

export function stageCacheKey(stage: RuntimeStage): string {
  const variables = Object.keys(stage.variables)
    .sort()
    .map((name) => [name, stage.variables[name]]);
  return JSON.stringify([stage.restApiId, stage.stageName, stage.deploymentId, variables]);
}

export function compileStage(stage: RuntimeStage, snapshot: DeploymentSnapshot, context: CompileContext): CompiledStage {
  const resources = snapshot.resources.map((resource) => compileResource(resource, stage, context));
  return {
    restApiId: stage.restApiId,
    stageName: stage.stageName,
    deploymentId: stage.deploymentId,
    variables: { ...stage.variables },
    router: new Router(resources),
    cacheKey: stageCacheKey(stage),
  };
}

function compileResource(resource: SnapshotResource, stage: RuntimeStage, context: CompileContext): CompiledResource {
  const paramNames = resource.path
    .split("/")
    .map((part) => pathPartParamName(part))
    .filter((name): name is string => name !== null);
  const methods = new Map<string, CompiledMethod>();
  let any: CompiledMethod | null = null;
  for (const method of Object.values(resource.methods)) {
    const compiled: CompiledMethod = {
      httpMethod: method.httpMethod,
      resourcePath: resource.path,
      // authorize, throttle, validate and transform stages join here, only for methods that use them.
      requestStages: [],
      integration: compileIntegration(method, {
        pools: context.pools,
        variables: stage.variables,
        paramNames,
        maxBodyBytes: context.maxBodyBytes,
        warn: (message) =>
          context.warn(message, {
            restApiId: stage.restApiId,
            stage: stage.stageName,
            resource: resource.path,
            method: method.httpMethod,
          }),
      }),
      responseStages: [],
    };
    if (method.httpMethod === "ANY") any = compiled;
    else methods.set(method.httpMethod, compiled);
  }
  return { id: resource.id, path: resource.path, paramNames, methods, any };
}
