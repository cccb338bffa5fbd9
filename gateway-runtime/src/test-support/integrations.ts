/** Builders for non-proxy and Lambda integrations in runtime tests. */
import type { SnapshotIntegration, SnapshotIntegrationResponse, SnapshotMethod } from "../../../lib/domain/snapshot";

type MethodSpec = Omit<SnapshotMethod, "httpMethod">;

export function integrationMethod(integration: Partial<SnapshotIntegration> & Pick<SnapshotIntegration, "type">, method: Partial<MethodSpec> = {}): MethodSpec {
  return {
    authorizationType: "NONE",
    apiKeyRequired: false,
    requestParameters: {},
    requestModels: {},
    methodResponses: {},
    ...method,
    integration: {
      connectionType: "INTERNET",
      requestParameters: {},
      requestTemplates: {},
      passthroughBehavior: "WHEN_NO_MATCH",
      timeoutInMillis: 29_000,
      cacheKeyParameters: [],
      integrationResponses: { "200": response("200") },
      ...integration,
    },
  };
}

export function response(statusCode: string, extra: Partial<SnapshotIntegrationResponse> = {}): SnapshotIntegrationResponse {
  return { statusCode, responseParameters: {}, responseTemplates: {}, ...extra };
}

export const lambdaUri = (functionArn: string) =>
  `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${functionArn}/invocations`;
