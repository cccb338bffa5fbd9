/** SDK checks for every method and integration field, their patch paths, and AWS's errors. */
import type { APIGateway, PutIntegrationCommandInput } from "@aws-sdk/client-api-gateway";
import { expect } from "vitest";
import { exactly, expectAwsError } from "./scenario-support";

export const LAMBDA_URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:pets/invocations";
export const ROLE_ARN = "arn:aws:iam::000000000000:role/apigateway-invoke";

interface Target {
  restApiId: string;
  resourceId: string;
  httpMethod: string;
}

export async function checkMethods(client: APIGateway, target: Target, validatorId: string) {
  const created = await client.putMethod({
    ...target,
    authorizationType: "NONE",
    apiKeyRequired: true,
    operationName: "CreatePet",
    requestParameters: { "method.request.querystring.page": false, "method.request.header.X-Trace": true },
    requestModels: { "application/json": "Pet" },
    requestValidatorId: validatorId,
  });
  expect(created).toMatchObject({ apiKeyRequired: true, operationName: "CreatePet", requestValidatorId: validatorId, requestModels: { "application/json": "Pet" } });
  const { restApiId } = target;
  await expectAwsError(
    client.deleteModel({ restApiId, modelName: "Pet" }),
    "ConflictException",
    exactly("Cannot delete model 'Pet', is referenced in method request: /pets/POST"),
  );

  const updated = await client.updateMethod({
    ...target,
    patchOperations: [
      { op: "replace", path: "/apiKeyRequired", value: "false" },
      { op: "add", path: "/requestParameters/method.request.querystring.size", value: "true" },
      { op: "remove", path: "/requestParameters/method.request.header.X-Trace" },
      { op: "replace", path: "/operationName", value: "AddPet" },
      { op: "replace", path: "/requestModels/application~1json", value: "Empty" },
      { op: "add", path: "/requestModels/application~1xml", value: "Error" },
      { op: "replace", path: "/requestValidatorId" },
    ],
  });
  expect(updated).toMatchObject({
    apiKeyRequired: false,
    operationName: "AddPet",
    requestParameters: { "method.request.querystring.page": false, "method.request.querystring.size": true },
    requestModels: { "application/json": "Empty", "application/xml": "Error" },
  });
  expect(updated.requestValidatorId).toBeUndefined();
  expect((await client.getMethod(target)).requestParameters).not.toHaveProperty("method.request.header.X-Trace");
  await client.updateMethod({ ...target, patchOperations: [{ op: "replace", path: "/requestValidatorId", value: validatorId }] });

  const patch = (op: "add" | "replace", path: string, value?: string) => client.updateMethod({ ...target, patchOperations: [{ op, path, value }] });
  await expectAwsError(patch("add", "/apiKeyRequired", "true"), "BadRequestException", exactly("Invalid patch operation specified. Must be one of: [replace]"));
  await expectAwsError(patch("replace", "/httpMethod", "GET"), "BadRequestException", exactly("Invalid patch path /httpMethod"));
  await expectAwsError(patch("add", "/requestModels/application/json", "Empty"), "BadRequestException", exactly("Invalid patch path /requestModels/application/json"));
  await expectAwsError(patch("replace", "/requestModels/application~1json", "Ghost"), "BadRequestException", exactly("Invalid model identifier specified: Ghost"));
  await expectAwsError(patch("replace", "/requestValidatorId", "nope00"), "BadRequestException", exactly("Invalid Request Validator identifier specified"));
  await expectAwsError(patch("replace", "/authorizationType", "AWS_IAM"), "BadRequestException", /authorizationType NONE/);

  const other = { ...target, httpMethod: "PUT" };
  await expectAwsError(
    client.putMethod({ ...other, authorizationType: "NONE", requestParameters: { "method.request.header.id": true, "method.request.querystring.id": false } }),
    "BadRequestException",
    exactly("Parameter names must be unique across querystring, header and path"),
  );
  await expectAwsError(client.putMethod({ ...other, authorizationType: "NONE", requestModels: { "application/json": "Ghost" } }), "BadRequestException", exactly("Invalid model identifier specified: Ghost"));
  await expectAwsError(client.putMethod({ ...other, authorizationType: "NONE", requestValidatorId: "nope00" }), "BadRequestException", exactly("Invalid Request Validator identifier specified"));
}

export async function checkMethodResponses(client: APIGateway, target: Target) {
  const response = { ...target, statusCode: "200" };
  await client.putMethodResponse({ ...response, responseParameters: { "method.response.header.X-Id": true }, responseModels: { "application/json": "Empty" } });
  const updated = await client.updateMethodResponse({
    ...response,
    patchOperations: [
      { op: "add", path: "/responseParameters/method.response.header.X-Count", value: "false" },
      { op: "remove", path: "/responseParameters/method.response.header.X-Id" },
      { op: "add", path: "/responseModels/application~1xml", value: "Error" },
    ],
  });
  expect(updated).toMatchObject({ responseParameters: { "method.response.header.X-Count": false }, responseModels: { "application/json": "Empty", "application/xml": "Error" } });
  expect(updated.$metadata.httpStatusCode).toBe(201); // AWS answers UpdateMethodResponse with 201
  await expectAwsError(
    client.updateMethodResponse({ ...response, patchOperations: [{ op: "add", path: "/responseModels/text~1plain", value: "Ghost" }] }),
    "BadRequestException",
    exactly("Invalid model identifier specified: Ghost"),
  );
  await expectAwsError(client.updateMethodResponse({ ...target, statusCode: "404", patchOperations: [] }), "NotFoundException", exactly("Invalid Response status code specified"));
}

export async function checkIntegrations(client: APIGateway, target: Target) {
  const put = (input: Omit<PutIntegrationCommandInput, keyof Target>) => client.putIntegration({ ...target, ...input });
  const refused = async (input: Omit<PutIntegrationCommandInput, keyof Target>, message: string) =>
    expectAwsError(put(input), "BadRequestException", exactly(message));
  await refused({ type: "HTTP", integrationHttpMethod: "GET", uri: "not-a-url" }, "Invalid HTTP endpoint specified for URI");
  await refused({ type: "HTTP_PROXY", uri: "https://example.com" }, "Enumeration value for HttpMethod must be non-empty");
  await refused({ type: "AWS", integrationHttpMethod: "POST", uri: "nope" }, "Invalid ARN specified in the request");
  await refused({ type: "AWS", integrationHttpMethod: "POST", uri: "arn:aws:apigateway:us-east-1:dynamodb:foo/bar" }, "AWS ARN for integration must contain path or action");
  await refused(
    { type: "AWS_PROXY", integrationHttpMethod: "POST", uri: "arn:aws:apigateway:us-east-1:dynamodb:action/PutItem" },
    "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.",
  );
  await expectAwsError(put({ type: "AWS_PROXY", integrationHttpMethod: "GET", uri: LAMBDA_URI }), "BadRequestException", /invoked with POST/);
  await refused({ type: "HTTP", integrationHttpMethod: "GET", uri: "https://example.com", timeoutInMillis: 10 }, "Timeout should be between 50 ms and 29000 ms");
  await expectAwsError(
    put({ type: "HTTPS_PROXY" as "HTTP_PROXY" }), // deliberately outside the SDK's enum
    "ValidationException",
    exactly("1 validation error detected: Value 'HTTPS_PROXY' at 'putIntegrationInput.type' failed to satisfy constraint: Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS]"),
  );

  const lambda = await put({ type: "AWS_PROXY", integrationHttpMethod: "POST", uri: LAMBDA_URI, credentials: ROLE_ARN });
  expect(lambda).toMatchObject({ type: "AWS_PROXY", httpMethod: "POST", uri: LAMBDA_URI, credentials: ROLE_ARN, timeoutInMillis: 29000 });

  const http = await put({
    type: "HTTP",
    integrationHttpMethod: "POST",
    uri: "https://backend.example.com/pets",
    requestParameters: { "integration.request.querystring.page": "method.request.querystring.page" },
    requestTemplates: { "application/json": '{"name": $input.json(\'$.name\')}' },
    passthroughBehavior: "NEVER",
    contentHandling: "CONVERT_TO_TEXT",
    timeoutInMillis: 5000,
    cacheKeyParameters: ["method.request.querystring.page"],
    cacheNamespace: "pets",
  });
  expect(http).toMatchObject({ type: "HTTP", passthroughBehavior: "NEVER", contentHandling: "CONVERT_TO_TEXT", timeoutInMillis: 5000, cacheNamespace: "pets" });
  expect(http.credentials).toBeUndefined();

  const updated = await client.updateIntegration({
    ...target,
    patchOperations: [
      { op: "replace", path: "/uri", value: "https://backend.example.com/v2/pets" },
      { op: "replace", path: "/httpMethod", value: "PUT" },
      { op: "add", path: "/requestTemplates/application~1xml", value: "<pet/>" },
      { op: "remove", path: "/requestTemplates/application~1json" },
      { op: "add", path: "/requestParameters/integration.request.header.X-Api", value: "'static'" },
      { op: "replace", path: "/timeoutInMillis", value: "1000" },
      { op: "replace", path: "/passthroughBehavior", value: "WHEN_NO_TEMPLATES" },
      { op: "replace", path: "/contentHandling", value: "CONVERT_TO_BINARY" },
      { op: "add", path: "/cacheKeyParameters/method.request.querystring.size", value: "" },
      { op: "remove", path: "/cacheKeyParameters/method.request.querystring.page", value: "" },
      { op: "replace", path: "/cacheNamespace", value: "pets2" },
      { op: "replace", path: "/credentials", value: ROLE_ARN },
    ],
  });
  expect(updated).toMatchObject({
    uri: "https://backend.example.com/v2/pets",
    httpMethod: "PUT",
    requestTemplates: { "application/xml": "<pet/>" },
    requestParameters: { "integration.request.querystring.page": "method.request.querystring.page", "integration.request.header.X-Api": "'static'" },
    timeoutInMillis: 1000,
    passthroughBehavior: "WHEN_NO_TEMPLATES",
    contentHandling: "CONVERT_TO_BINARY",
    cacheKeyParameters: ["method.request.querystring.size"],
    cacheNamespace: "pets2",
    credentials: ROLE_ARN,
  });
  const patch = (op: "add" | "replace", path: string, value: string) => client.updateIntegration({ ...target, patchOperations: [{ op, path, value }] });
  await expectAwsError(patch("replace", "/uri", "not a url"), "BadRequestException", exactly("Invalid HTTP endpoint specified for URI"));
  await expectAwsError(patch("replace", "/timeoutInMillis", "40000"), "BadRequestException", exactly("Timeout should be between 50 ms and 29000 ms"));
  await expectAwsError(patch("replace", "/foo", "x"), "BadRequestException", exactly("Invalid patch path /foo"));
  await expectAwsError(patch("add", "/uri", "https://x.example.com"), "BadRequestException", exactly("Invalid patch operation specified. Must be one of: [replace]"));
}

export async function checkIntegrationResponses(client: APIGateway, target: Target) {
  const response = { ...target, statusCode: "200" };
  await client.putIntegrationResponse({ ...response, selectionPattern: "", responseTemplates: { "application/json": "{}" } });
  const updated = await client.updateIntegrationResponse({
    ...response,
    patchOperations: [
      { op: "replace", path: "/selectionPattern", value: "2\\d{2}" },
      { op: "add", path: "/responseTemplates/application~1xml", value: "<ok/>" },
      { op: "add", path: "/responseParameters/method.response.header.X-Count", value: "integration.response.header.count" },
      { op: "replace", path: "/contentHandling", value: "CONVERT_TO_TEXT" },
    ],
  });
  expect(updated).toMatchObject({
    selectionPattern: "2\\d{2}",
    responseTemplates: { "application/json": "{}", "application/xml": "<ok/>" },
    responseParameters: { "method.response.header.X-Count": "integration.response.header.count" },
    contentHandling: "CONVERT_TO_TEXT",
  });
  await expectAwsError(client.updateIntegrationResponse({ ...target, statusCode: "404", patchOperations: [] }), "NotFoundException", exactly("Invalid Response status code specified"));
  await expectAwsError(
    client.updateIntegrationResponse({ ...response, patchOperations: [{ op: "replace", path: "/statusCode", value: "201" }] }),
    "BadRequestException",
    exactly("Invalid patch path /statusCode"),
  );
}
