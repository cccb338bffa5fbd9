/** URLs of the console's JSON API (app/api/console/**), built in one place so hooks and tests agree. */
const enc = encodeURIComponent;

export const consoleApi = {
  session: () => "/api/console/session",
  apis: () => "/api/console/apis",
  api: (apiId: string) => `/api/console/apis/${enc(apiId)}`,
  resources: (apiId: string) => `/api/console/apis/${enc(apiId)}/resources`,
  resource: (apiId: string, resourceId: string) => `/api/console/apis/${enc(apiId)}/resources/${enc(resourceId)}`,
  method: (apiId: string, resourceId: string, httpMethod: string) =>
    `${consoleApi.resource(apiId, resourceId)}/methods/${enc(httpMethod)}`,
  methodResponse: (apiId: string, resourceId: string, httpMethod: string, statusCode: string) =>
    `${consoleApi.method(apiId, resourceId, httpMethod)}/responses/${enc(statusCode)}`,
  integration: (apiId: string, resourceId: string, httpMethod: string) =>
    `${consoleApi.method(apiId, resourceId, httpMethod)}/integration`,
  integrationResponse: (apiId: string, resourceId: string, httpMethod: string, statusCode: string) =>
    `${consoleApi.integration(apiId, resourceId, httpMethod)}/responses/${enc(statusCode)}`,
  enableCors: (apiId: string, resourceId: string) => `${consoleApi.resource(apiId, resourceId)}/cors`,
  models: (apiId: string) => `/api/console/apis/${enc(apiId)}/models`,
  model: (apiId: string, modelName: string) => `${consoleApi.models(apiId)}/${enc(modelName)}`,
  requestValidators: (apiId: string) => `/api/console/apis/${enc(apiId)}/request-validators`,
  requestValidator: (apiId: string, validatorId: string) => `${consoleApi.requestValidators(apiId)}/${enc(validatorId)}`,
  gatewayResponses: (apiId: string) => `/api/console/apis/${enc(apiId)}/gateway-responses`,
  gatewayResponse: (apiId: string, responseType: string) => `${consoleApi.gatewayResponses(apiId)}/${enc(responseType)}`,
  deployments: (apiId: string) => `/api/console/apis/${enc(apiId)}/deployments`,
  deploymentDiff: (apiId: string, from: string, to: string) => `${consoleApi.deployments(apiId)}/diff?from=${enc(from)}&to=${enc(to)}`,
  deploymentMethods: (apiId: string, deploymentId: string) => `${consoleApi.deployments(apiId)}/${enc(deploymentId)}/methods`,
  stages: (apiId: string) => `/api/console/apis/${enc(apiId)}/stages`,
  stage: (apiId: string, stageName: string) => `/api/console/apis/${enc(apiId)}/stages/${enc(stageName)}`,
  stageHistory: (apiId: string, stageName: string) => `${consoleApi.stage(apiId, stageName)}/history`,
  stageMetrics: (apiId: string, stageName: string) => `${consoleApi.stage(apiId, stageName)}/metrics`,
  stageMetricsOf: (apiId: string, stageName: string, side: "base" | "canary") =>
    `${consoleApi.stageMetrics(apiId, stageName)}?canary=${side === "canary"}`,
  stageMethodSettings: (apiId: string, stageName: string) => `${consoleApi.stage(apiId, stageName)}/method-settings`,
  stageCache: (apiId: string, stageName: string) => `${consoleApi.stage(apiId, stageName)}/cache`,
  stageCanary: (apiId: string, stageName: string) => `${consoleApi.stage(apiId, stageName)}/canary`,
  stageCanaryPromotion: (apiId: string, stageName: string) => `${consoleApi.stageCanary(apiId, stageName)}/promotion`,
  stageLogs: (apiId: string, stageName: string) => `${consoleApi.stage(apiId, stageName)}/logs`,
  stageLogStream: (apiId: string, stageName: string) => `${consoleApi.stage(apiId, stageName)}/logs/stream`,
  accessKeys: () => "/api/console/access-keys",
  accessKey: (accessKeyId: string) => `/api/console/access-keys/${enc(accessKeyId)}`,
  apiKeys: () => "/api/console/api-keys",
  apiKeysImport: () => "/api/console/api-keys/import",
  apiKey: (keyId: string) => `/api/console/api-keys/${enc(keyId)}`,
  apiKeyValue: (keyId: string) => `${consoleApi.apiKey(keyId)}/value`,
  apiKeyRotate: (keyId: string) => `${consoleApi.apiKey(keyId)}/rotate`,
  apiKeyPlan: (keyId: string) => `${consoleApi.apiKey(keyId)}/plan`,
  apiKeyUsage: (keyId: string, days: number) => `${consoleApi.apiKey(keyId)}/usage?days=${days}`,
  usagePlans: () => "/api/console/usage-plans",
  usagePlan: (planId: string) => `/api/console/usage-plans/${enc(planId)}`,
  usagePlanKeys: (planId: string) => `${consoleApi.usagePlan(planId)}/keys`,
  usagePlanKey: (planId: string, keyId: string) => `${consoleApi.usagePlanKeys(planId)}/${enc(keyId)}`,
};
