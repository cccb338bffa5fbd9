/** SDK checks for models, request validators and gateway responses: lifecycle, patch paths, AWS's errors. */
import type { APIGateway, GatewayResponseType } from "@aws-sdk/client-api-gateway";
import { expect } from "vitest";
import { exactly, expectAwsError } from "./scenario-support";

export const PET_SCHEMA = JSON.stringify({
  $schema: "http://json-schema.org/draft-04/schema#",
  title: "Pet",
  type: "object",
  properties: { name: { type: "string" } },
  required: ["name"],
});

export async function checkModels(client: APIGateway, restApiId: string) {
  // Every new API has AWS's two default models.
  const defaults = await client.getModels({ restApiId });
  expect(defaults.items?.map((m) => [m.name, m.description, m.contentType])).toEqual([
    ["Empty", "This is a default empty schema model", "application/json"],
    ["Error", "This is a default error schema model", "application/json"],
  ]);

  const pet = await client.createModel({ restApiId, name: "Pet", contentType: "application/json", schema: PET_SCHEMA, description: "a pet" });
  expect(pet).toMatchObject({ name: "Pet", contentType: "application/json", schema: PET_SCHEMA, description: "a pet" });
  expect(pet.$metadata.httpStatusCode).toBe(201);
  expect(pet.id).toMatch(/^[a-z0-9]{6}$/);
  expect(await client.getModel({ restApiId, modelName: "Pet" })).toMatchObject({ id: pet.id, name: "Pet", schema: PET_SCHEMA });

  const page = await client.getModels({ restApiId, limit: 2 });
  expect(page.items?.map((m) => m.name)).toEqual(["Empty", "Error"]);
  const rest = await client.getModels({ restApiId, limit: 2, position: page.position });
  expect([rest.items?.map((m) => m.name), rest.position]).toEqual([["Pet"], undefined]);

  const updated = await client.updateModel({
    restApiId,
    modelName: "Pet",
    patchOperations: [
      { op: "replace", path: "/description", value: "a pet, v2" },
      { op: "replace", path: "/schema", value: '{"type":"object","properties":{"id":{"type":"integer"}}}' },
    ],
  });
  expect(updated).toMatchObject({ description: "a pet, v2", schema: '{"type":"object","properties":{"id":{"type":"integer"}}}' });

  const model = (name: string, schema = PET_SCHEMA) => client.createModel({ restApiId, name, contentType: "application/json", schema });
  expect(await expectAwsError(model("Pet"), "ConflictException", exactly("Model name already exists for this REST API"))).toBe(409);
  expect(await expectAwsError(model("bad-name"), "BadRequestException", exactly("Model name must be alphanumeric"))).toBe(400);
  await expectAwsError(model("Blank", ""), "BadRequestException", exactly("Model schema must have at least 1 property or array items defined"));
  await expectAwsError(
    model("Broken", "{not json"),
    "BadRequestException",
    exactly("Invalid model specified: Validation Result: warnings : [], errors : [Invalid model schema specified]"),
  );
  expect(await expectAwsError(client.getModel({ restApiId, modelName: "Nope" }), "NotFoundException", exactly("Invalid model name specified: Nope"))).toBe(404);
  await expectAwsError(client.deleteModel({ restApiId, modelName: "Nope" }), "NotFoundException", exactly("Invalid model name specified: Nope"));
  await expectAwsError(client.getModels({ restApiId: "nosuchapi0" }), "NotFoundException", /^Invalid API identifier specified \d+:nosuchapi0$/);
  const patch = (op: "add" | "replace", path: string) => client.updateModel({ restApiId, modelName: "Pet", patchOperations: [{ op, path, value: "x" }] });
  await expectAwsError(patch("add", "/schema"), "BadRequestException", exactly("Invalid patch path  '/schema' specified for op 'add'. Please choose supported operations"));
  await expectAwsError(
    patch("replace", "/name"),
    "BadRequestException",
    exactly("Invalid patch path  '/name' specified for op 'replace'. Must be one of: [/description, /schema]"),
  );

  await model("Temp");
  expect((await client.deleteModel({ restApiId, modelName: "Temp" })).$metadata.httpStatusCode).toBe(202);
  await expectAwsError(client.getModel({ restApiId, modelName: "Temp" }), "NotFoundException");
}

export async function checkRequestValidators(client: APIGateway, restApiId: string): Promise<string> {
  const created = await client.createRequestValidator({ restApiId, name: "body-only", validateRequestBody: true });
  expect(created).toMatchObject({ name: "body-only", validateRequestBody: true, validateRequestParameters: false });
  expect(created.id).toMatch(/^[a-z0-9]{6}$/);
  const id = created.id ?? "";
  expect(await client.getRequestValidator({ restApiId, requestValidatorId: id })).toMatchObject({ id, name: "body-only" });

  const updated = await client.updateRequestValidator({
    restApiId,
    requestValidatorId: id,
    patchOperations: [
      { op: "replace", path: "/name", value: "everything" },
      { op: "replace", path: "/validateRequestParameters", value: "true" },
    ],
  });
  expect(updated).toMatchObject({ id, name: "everything", validateRequestBody: true, validateRequestParameters: true });
  expect((await client.getRequestValidators({ restApiId })).items?.map((v) => v.id)).toEqual([id]);

  const patch = (op: "add" | "replace", path: string, value: string) =>
    client.updateRequestValidator({ restApiId, requestValidatorId: id, patchOperations: [{ op, path, value }] });
  await expectAwsError(
    patch("add", "/validateRequestBody", "true"),
    "BadRequestException",
    exactly("Invalid patch path  '/validateRequestBody' specified for op 'add'. Please choose supported operations"),
  );
  await expectAwsError(
    patch("replace", "/invalidPath", "x"),
    "BadRequestException",
    exactly("Invalid patch path  '/invalidPath' specified for op 'replace'. Must be one of: [/name, /validateRequestParameters, /validateRequestBody]"),
  );
  await expectAwsError(patch("replace", "/name", ""), "BadRequestException", exactly("Request Validator name cannot be blank"));
  await expectAwsError(
    client.createRequestValidator({ restApiId: "nosuchapi0", name: "x" }),
    "BadRequestException",
    exactly("Invalid REST API identifier specified"),
  );
  await expectAwsError(
    client.getRequestValidator({ restApiId, requestValidatorId: "nope00" }),
    "NotFoundException",
    exactly("Invalid Request Validator identifier specified"),
  );

  const spare = await client.createRequestValidator({ restApiId, name: "spare" });
  expect((await client.deleteRequestValidator({ restApiId, requestValidatorId: spare.id ?? "" })).$metadata.httpStatusCode).toBe(202);
  await expectAwsError(client.deleteRequestValidator({ restApiId, requestValidatorId: spare.id ?? "" }), "NotFoundException");
  return id;
}

const DEFAULT_TEMPLATE = { "application/json": '{"message":$context.error.messageString}' };

export async function checkGatewayResponses(client: APIGateway, restApiId: string) {
  const all = await client.getGatewayResponses({ restApiId });
  expect(all.items).toHaveLength(21);
  const types = all.items?.map((r) => r.responseType ?? "") ?? [];
  expect(types).toEqual([...types].sort());
  expect(all.items?.find((r) => r.responseType === "MISSING_AUTHENTICATION_TOKEN")).toEqual({
    responseType: "MISSING_AUTHENTICATION_TOKEN",
    statusCode: "403",
    responseParameters: {},
    responseTemplates: DEFAULT_TEMPLATE,
    defaultResponse: true,
  });
  expect((await client.getGatewayResponse({ restApiId, responseType: "DEFAULT_4XX" })).statusCode).toBeUndefined();

  const put = await client.putGatewayResponse({
    restApiId,
    responseType: "MISSING_AUTHENTICATION_TOKEN",
    statusCode: "404",
    responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" },
    responseTemplates: { "application/json": '{"message":$context.error.messageString,"type":"$context.error.responseType"}' },
  });
  expect(put).toMatchObject({ responseType: "MISSING_AUTHENTICATION_TOKEN", statusCode: "404", defaultResponse: false });
  expect(put.$metadata.httpStatusCode).toBe(201);

  // An update of a type nobody customised starts from AWS's default and customises it.
  const updated = await client.updateGatewayResponse({
    restApiId,
    responseType: "DEFAULT_4XX",
    patchOperations: [
      { op: "replace", path: "/statusCode", value: "444" },
      { op: "add", path: "/responseTemplates/application~1xml", value: "<error>$context.error.messageString</error>" },
      { op: "add", path: "/responseParameters/gatewayresponse.header.X-Kind", value: "'gateway'" },
    ],
  });
  expect(updated).toMatchObject({
    statusCode: "444",
    defaultResponse: false,
    responseTemplates: { ...DEFAULT_TEMPLATE, "application/xml": "<error>$context.error.messageString</error>" },
    responseParameters: { "gatewayresponse.header.X-Kind": "'gateway'" },
  });

  const patch = (op: "add" | "remove" | "replace", path: string, value?: string) =>
    client.updateGatewayResponse({ restApiId, responseType: "DEFAULT_4XX", patchOperations: [{ op, path, value }] });
  await expectAwsError(patch("add", "/statusCode", "400"), "BadRequestException", exactly("Invalid patch path /statusCode"));
  await expectAwsError(patch("replace", "/wrongPath", "x"), "BadRequestException", exactly("Invalid patch path /wrongPath"));
  await expectAwsError(patch("replace", "/responseParameters/gatewayresponse.header.Nope", "'x'"), "NotFoundException", exactly("Invalid parameter name specified"));
  await expectAwsError(patch("add", "/responseTemplates/text~1plain"), "BadRequestException", exactly("Invalid null or empty value in responseTemplates"));
  expect((await patch("remove", "/responseParameters/gatewayresponse.header.X-Kind")).responseParameters).toEqual({});

  const fake = "FAKE_RESPONSE_TYPE" as GatewayResponseType; // deliberately outside the SDK's enum
  await expectAwsError(
    client.getGatewayResponse({ restApiId, responseType: fake }),
    "ValidationException",
    /^1 validation error detected: Value 'FAKE_RESPONSE_TYPE' at 'responseType' failed to satisfy constraint: Member must satisfy enum value set: \[REQUEST_TOO_LARGE, .*, EXPIRED_TOKEN\]$/,
  );

  expect((await client.deleteGatewayResponse({ restApiId, responseType: "MISSING_AUTHENTICATION_TOKEN" })).$metadata.httpStatusCode).toBe(202);
  expect(await client.getGatewayResponse({ restApiId, responseType: "MISSING_AUTHENTICATION_TOKEN" })).toMatchObject({ statusCode: "403", defaultResponse: true });
  await expectAwsError(
    client.deleteGatewayResponse({ restApiId, responseType: "MISSING_AUTHENTICATION_TOKEN" }),
    "NotFoundException",
    exactly("Gateway response type not defined on api"),
  );
}
