/** Enable CORS on every database. */
import { expect, it } from "vitest";
import { getGatewayResponse } from "../gateway-responses/get-gateway-response";
import { putIntegration } from "../integrations/put-integration";
import { putIntegrationResponse } from "../integrations/put-integration-response";
import { getMethodOrThrow } from "../methods/get-method-or-throw";
import { putMethod } from "../methods/put-method";
import { putMethodResponse } from "../methods/put-method-response";
import { createResource } from "../resources/create-resource";
import { createRestApi } from "../rest-apis/create-rest-api";
import { getRuntimeConfigVersion } from "../runtime/get-runtime-config";
import { enableCors } from "./enable-cors";

const ORIGIN = "method.response.header.Access-Control-Allow-Origin";

async function petsResource() {
  const api = await createRestApi({ name: "cors" });
  const res = await createResource(api.id, { parentId: api.rootResourceId, pathPart: "pets" });
  return { api, res };
}

export function corsServiceCases(): void {
  it("creates the OPTIONS MOCK method and adds Allow-Origin to the other methods' 200 responses", async () => {
    const { api, res } = await petsResource();
    await putMethod(api.id, res.id, "GET", {});
    await putIntegration(api.id, res.id, "GET", { type: "HTTP", httpMethod: "GET", uri: "http://example.com/pets" });
    await putMethodResponse(api.id, res.id, "GET", "200", { responseParameters: { "method.response.header.X-Total": false } });
    await putIntegrationResponse(api.id, res.id, "GET", "200", {
      responseParameters: { "method.response.header.X-Total": "integration.response.header.X-Total" },
      responseTemplates: { "application/json": "$input.body" },
    });
    const versionBefore = await getRuntimeConfigVersion();

    const result = await enableCors(api.id, res.id, { allowOrigin: "https://app.example.com", gatewayResponses: ["DEFAULT_4XX"] });

    expect(result).toMatchObject({ allowMethods: "'GET,OPTIONS'", optionsCreated: true, updatedMethods: ["OPTIONS", "GET"], skippedMethods: [] });
    const options = await getMethodOrThrow(api.id, res.id, "OPTIONS");
    expect(options.methodIntegration).toMatchObject({ type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } });
    expect(options.methodIntegration?.integrationResponses["200"].responseParameters).toEqual({
      "method.response.header.Access-Control-Allow-Headers": "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'",
      "method.response.header.Access-Control-Allow-Methods": "'GET,OPTIONS'",
      [ORIGIN]: "'https://app.example.com'",
    });
    expect(options.methodResponses["200"].responseModels).toEqual({ "application/json": "Empty" });
    const get = await getMethodOrThrow(api.id, res.id, "GET");
    // Merged: what was there stays.
    expect(get.methodResponses["200"].responseParameters).toEqual({ "method.response.header.X-Total": false, [ORIGIN]: false });
    expect(get.methodIntegration?.integrationResponses["200"]).toMatchObject({
      responseParameters: { "method.response.header.X-Total": "integration.response.header.X-Total", [ORIGIN]: "'https://app.example.com'" },
      responseTemplates: { "application/json": "$input.body" },
    });
    const gateway = await getGatewayResponse(api.id, "DEFAULT_4XX");
    expect(gateway).toMatchObject({ defaultResponse: false, responseTemplates: { "application/json": '{"message":$context.error.messageString}' } });
    expect(gateway.responseParameters["gatewayresponse.header.Access-Control-Allow-Origin"]).toBe("'https://app.example.com'");
    // Only deployments change what stages serve.
    expect(await getRuntimeConfigVersion()).toBe(versionBefore);
  });

  it("keeps an existing OPTIONS method and skips proxies, methods without integration and unmatched responses", async () => {
    const { api, res } = await petsResource();
    await putMethod(api.id, res.id, "OPTIONS", {});
    await putMethod(api.id, res.id, "ANY", {});
    await putIntegration(api.id, res.id, "ANY", { type: "HTTP_PROXY", httpMethod: "ANY", uri: "http://example.com/{proxy}" });
    await putMethod(api.id, res.id, "DELETE", {});
    await putMethod(api.id, res.id, "POST", {});
    await putIntegration(api.id, res.id, "POST", { type: "MOCK" });
    await putIntegrationResponse(api.id, res.id, "POST", "201", {});

    const result = await enableCors(api.id, res.id, {});

    expect(result.optionsCreated).toBe(false);
    expect(result.allowMethods).toBe("'DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT'");
    expect(result.updatedMethods).toEqual(["OPTIONS"]);
    expect(result.skippedMethods.map((s) => s.httpMethod).sort()).toEqual(["ANY", "DELETE", "POST"]);
    const options = await getMethodOrThrow(api.id, res.id, "OPTIONS");
    expect(options.methodIntegration?.type).toBe("MOCK");
    // The proxy still declares the header on its method response, which is what AWS's console does.
    expect((await getMethodOrThrow(api.id, res.id, "ANY")).methodResponses["200"].responseParameters).toEqual({ [ORIGIN]: false });
    const post = await getMethodOrThrow(api.id, res.id, "POST");
    expect(Object.keys(post.methodIntegration?.integrationResponses ?? {})).toEqual(["201"]);
  });

  it("writes nothing when the input is refused", async () => {
    const { api, res } = await petsResource();
    await expect(enableCors(api.id, res.id, { allowCredentials: true })).rejects.toThrow("named origin");
    await expect(getMethodOrThrow(api.id, res.id, "OPTIONS")).rejects.toThrow("Invalid Method identifier specified");
    await expect(enableCors(api.id, "nosuchres0", {})).rejects.toThrow("Invalid Resource identifier specified");
  });
}
