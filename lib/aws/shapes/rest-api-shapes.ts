/**
 * Read models -> the JSON AWS API Gateway sends. Dates are epoch seconds (the REST-JSON default), and empty
 * optional maps and strings are left out, as AWS leaves them out.
 */
import type { DeploymentView, RestApiView, StageView } from "@/lib/domain/views";

export const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** undefined for an empty map, so JSON.stringify drops the field. */
export function nonEmpty<T>(map: Record<string, T> | undefined): Record<string, T> | undefined {
  return map && Object.keys(map).length > 0 ? map : undefined;
}

const text = (value: string | undefined) => (value ? value : undefined);

export function toWireRestApi(api: RestApiView) {
  return {
    id: api.id,
    name: api.name,
    description: text(api.description),
    createdDate: epochSeconds(api.createdDate),
    version: text(api.version),
    binaryMediaTypes: api.binaryMediaTypes.length ? api.binaryMediaTypes : undefined,
    apiKeySource: api.apiKeySource,
    endpointConfiguration: { types: api.endpointConfiguration.types },
    tags: nonEmpty(api.tags),
    disableExecuteApiEndpoint: api.disableExecuteApiEndpoint,
    rootResourceId: api.rootResourceId,
  };
}

export function toWireDeployment(deployment: DeploymentView) {
  return {
    id: deployment.id,
    description: text(deployment.description),
    createdDate: epochSeconds(deployment.createdDate),
  };
}

export function toWireStage(stage: StageView) {
  const { settings } = stage;
  const canary = settings.canarySettings;
  return {
    deploymentId: stage.deploymentId,
    stageName: stage.stageName,
    description: text(stage.description),
    cacheClusterEnabled: settings.cacheClusterEnabled,
    cacheClusterSize: settings.cacheClusterSize,
    cacheClusterStatus: stage.cacheClusterStatus,
    // AWS always sends methodSettings, {} when the stage has none.
    methodSettings: settings.methodSettings,
    variables: nonEmpty(stage.variables),
    canarySettings: canary
      ? {
          deploymentId: canary.deploymentId,
          percentTraffic: canary.percentTraffic,
          stageVariableOverrides: nonEmpty(canary.stageVariableOverrides),
          useStageCache: canary.useStageCache,
        }
      : undefined,
    tracingEnabled: settings.tracingEnabled,
    // Absent while access logging is off; an empty destination (Portico's own log store only) is left out.
    accessLogSettings: settings.accessLogSettings
      ? { format: settings.accessLogSettings.format, destinationArn: text(settings.accessLogSettings.destinationArn) }
      : undefined,
    createdDate: epochSeconds(stage.createdDate),
    lastUpdatedDate: epochSeconds(stage.lastUpdatedDate),
  };
}

/** AWS's list envelope: the items under "item", and "position" while more pages follow. */
export function toWireList<T, W>(page: { items: T[]; position?: string }, toWire: (item: T) => W) {
  return { item: page.items.map(toWire), position: page.position };
}
