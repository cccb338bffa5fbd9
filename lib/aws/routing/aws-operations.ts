/**
 * Every operation AWS API Gateway serves under /restapis, with AWS's method, path template and success status
 * (taken from the AWS SDK's model). Portico implements a subset; the rest are still recognised so a caller gets
 * "not supported yet" naming the operation rather than a puzzling 404.
 */
export interface AwsOperation {
  name: string;
  method: string;
  /** Path template with {label} segments, as in AWS's model. */
  path: string;
  /** Status AWS answers on success: 201 for Create and Put, 202 or 204 for Delete, 200 otherwise. */
  status: number;
  /** A query parameter that must be present with this value (POST /restapis?mode=import). */
  whenQuery?: [name: string, value: string];
  /** The body is not JSON (ImportApiKeys: a CSV file); the handler reads the bytes. */
  rawBody?: boolean;
}

const R = "/restapis/{restApiId}";
const M = `${R}/resources/{resourceId}/methods/{httpMethod}`;

const op = (name: string, method: string, path: string, status: number, whenQuery?: [string, string]): AwsOperation => ({
  name,
  method,
  path,
  status,
  whenQuery,
});

// Order matters only for ImportRestApi, which must be tried before CreateRestApi on the same path.
export const AWS_OPERATIONS: readonly AwsOperation[] = [
  op("ImportRestApi", "POST", "/restapis", 201, ["mode", "import"]),
  op("GetRestApis", "GET", "/restapis", 200),
  op("CreateRestApi", "POST", "/restapis", 201),
  op("GetRestApi", "GET", R, 200),
  op("PutRestApi", "PUT", R, 200),
  op("UpdateRestApi", "PATCH", R, 200),
  op("DeleteRestApi", "DELETE", R, 202),
  op("GetResources", "GET", `${R}/resources`, 200),
  op("CreateResource", "POST", `${R}/resources/{parentId}`, 201),
  op("GetResource", "GET", `${R}/resources/{resourceId}`, 200),
  op("UpdateResource", "PATCH", `${R}/resources/{resourceId}`, 200),
  op("DeleteResource", "DELETE", `${R}/resources/{resourceId}`, 202),
  op("GetMethod", "GET", M, 200),
  op("PutMethod", "PUT", M, 201),
  op("UpdateMethod", "PATCH", M, 200),
  op("DeleteMethod", "DELETE", M, 204),
  op("TestInvokeMethod", "POST", M, 200),
  op("GetMethodResponse", "GET", `${M}/responses/{statusCode}`, 200),
  op("PutMethodResponse", "PUT", `${M}/responses/{statusCode}`, 201),
  op("UpdateMethodResponse", "PATCH", `${M}/responses/{statusCode}`, 201),
  op("DeleteMethodResponse", "DELETE", `${M}/responses/{statusCode}`, 204),
  op("GetIntegration", "GET", `${M}/integration`, 200),
  op("PutIntegration", "PUT", `${M}/integration`, 201),
  op("UpdateIntegration", "PATCH", `${M}/integration`, 200),
  op("DeleteIntegration", "DELETE", `${M}/integration`, 204),
  op("GetIntegrationResponse", "GET", `${M}/integration/responses/{statusCode}`, 200),
  op("PutIntegrationResponse", "PUT", `${M}/integration/responses/{statusCode}`, 201),
  op("UpdateIntegrationResponse", "PATCH", `${M}/integration/responses/{statusCode}`, 200),
  op("DeleteIntegrationResponse", "DELETE", `${M}/integration/responses/{statusCode}`, 204),
  op("GetDeployments", "GET", `${R}/deployments`, 200),
  op("CreateDeployment", "POST", `${R}/deployments`, 201),
  op("GetDeployment", "GET", `${R}/deployments/{deploymentId}`, 200),
  op("UpdateDeployment", "PATCH", `${R}/deployments/{deploymentId}`, 200),
  op("DeleteDeployment", "DELETE", `${R}/deployments/{deploymentId}`, 202),
  op("GetStages", "GET", `${R}/stages`, 200),
  op("CreateStage", "POST", `${R}/stages`, 201),
  op("GetStage", "GET", `${R}/stages/{stageName}`, 200),
  op("UpdateStage", "PATCH", `${R}/stages/{stageName}`, 200),
  op("DeleteStage", "DELETE", `${R}/stages/{stageName}`, 202),
  op("FlushStageAuthorizersCache", "DELETE", `${R}/stages/{stageName}/cache/authorizers`, 202),
  op("FlushStageCache", "DELETE", `${R}/stages/{stageName}/cache/data`, 202),
  op("GetExport", "GET", `${R}/stages/{stageName}/exports/{exportType}`, 200),
  op("GetSdk", "GET", `${R}/stages/{stageName}/sdks/{sdkType}`, 200),
  ...collection("Authorizer", "authorizers", "authorizerId", { testInvoke: "TestInvokeAuthorizer" }),
  ...collection("DocumentationPart", "documentation/parts", "documentationPartId", { importPut: "ImportDocumentationParts" }),
  ...collection("DocumentationVersion", "documentation/versions", "documentationVersion"),
  ...collection("Model", "models", "modelName"),
  op("GetModelTemplate", "GET", `${R}/models/{modelName}/default_template`, 200),
  ...collection("RequestValidator", "requestvalidators", "requestValidatorId"),
  op("GetGatewayResponses", "GET", `${R}/gatewayresponses`, 200),
  op("GetGatewayResponse", "GET", `${R}/gatewayresponses/{responseType}`, 200),
  op("PutGatewayResponse", "PUT", `${R}/gatewayresponses/{responseType}`, 201),
  op("UpdateGatewayResponse", "PATCH", `${R}/gatewayresponses/{responseType}`, 200),
  op("DeleteGatewayResponse", "DELETE", `${R}/gatewayresponses/{responseType}`, 202),
];

/** AWS's usual five operations on a sub-collection of a REST API (GetXs, CreateX, GetX, UpdateX, DeleteX). */
function collection(noun: string, segment: string, idLabel: string, extra: { testInvoke?: string; importPut?: string } = {}): AwsOperation[] {
  const list = `${R}/${segment}`;
  const item = `${list}/{${idLabel}}`;
  return [
    op(`Get${noun}s`, "GET", list, 200),
    op(`Create${noun}`, "POST", list, 201),
    op(`Get${noun}`, "GET", item, 200),
    op(`Update${noun}`, "PATCH", item, 200),
    op(`Delete${noun}`, "DELETE", item, 202),
    ...(extra.testInvoke ? [op(extra.testInvoke, "POST", item, 200)] : []),
    ...(extra.importPut ? [op(extra.importPut, "PUT", list, 200)] : []),
  ];
}
