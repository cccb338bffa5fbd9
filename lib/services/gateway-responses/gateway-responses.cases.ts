/** Gateway responses on every database: AWS's defaults, customisation, reset. */
import { expect, it } from "vitest";
import { createRestApi } from "../rest-apis/create-rest-api";
import { deleteGatewayResponse } from "./delete-gateway-response";
import { getGatewayResponse } from "./get-gateway-response";
import { listGatewayResponses } from "./list-gateway-responses";
import { putGatewayResponse } from "./put-gateway-response";
import { updateGatewayResponse } from "./update-gateway-response";

export function gatewayResponseServiceCases(): void {
  it("lists all 21 types with AWS's defaults, customised ones in their place", async () => {
    const api = await createRestApi({ name: "responses" });
    await putGatewayResponse(api.id, "THROTTLED", { statusCode: "503", responseTemplates: { "application/json": '{"busy":true}' } });
    const { items } = await listGatewayResponses(api.id, { limit: 50 });
    expect(items).toHaveLength(21);
    expect(items.slice(4, 6).map((r) => r.responseType)).toEqual(["BAD_REQUEST_BODY", "BAD_REQUEST_PARAMETERS"]);
    expect(items.find((r) => r.responseType === "THROTTLED")).toMatchObject({ statusCode: "503", defaultResponse: false });
    expect(items.find((r) => r.responseType === "DEFAULT_5XX")).toEqual({
      responseType: "DEFAULT_5XX",
      responseParameters: {},
      responseTemplates: { "application/json": '{"message":$context.error.messageString}' },
      defaultResponse: true,
    });
  });

  it("customises a default type by patch, refuses replacing what is not there, and resets on delete", async () => {
    const api = await createRestApi({ name: "patch-responses" });
    const updated = await updateGatewayResponse(api.id, "UNAUTHORIZED", {
      responseParameters: [{ key: "gatewayresponse.header.WWW-Authenticate", value: "'Bearer'" }],
    });
    expect(updated).toMatchObject({ statusCode: "401", defaultResponse: false, responseParameters: { "gatewayresponse.header.WWW-Authenticate": "'Bearer'" } });
    await expect(
      updateGatewayResponse(api.id, "UNAUTHORIZED", { responseTemplates: [{ key: "text/plain", value: "x", mustExist: true }] }),
    ).rejects.toThrow("Invalid parameter name specified");
    await deleteGatewayResponse(api.id, "UNAUTHORIZED");
    expect((await getGatewayResponse(api.id, "UNAUTHORIZED")).defaultResponse).toBe(true);
    await expect(deleteGatewayResponse(api.id, "UNAUTHORIZED")).rejects.toThrow("Gateway response type not defined on api");
    await expect(getGatewayResponse(api.id, "NOT_A_TYPE")).rejects.toThrow("Gateway response types are");
  });
}
