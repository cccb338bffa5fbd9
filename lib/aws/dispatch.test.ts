import { afterEach, describe, expect, it, vi } from "vitest";
import { handleManagementRequest } from "./dispatch";
import { signedRequest } from "./testing/sign-request";

const KEY = { accessKeyId: "AKIADISPATCHTEST0001", secretAccessKey: "dispatch-secret" };
const lookupSecret = async (id: string) => (id === KEY.accessKeyId ? KEY.secretAccessKey : null);
const BASE = "http://localhost:3000";

async function send(request: Request, options = { lookupSecret }) {
  const response = await handleManagementRequest(request, options);
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get("x-amzn-ErrorType"),
    requestId: response.headers.get("x-amzn-RequestId"),
    body: text ? (JSON.parse(text) as { message?: string }) : null,
  };
}

afterEach(() => vi.restoreAllMocks());

describe("handleManagementRequest (paths that stop before any service)", () => {
  it("answers an unsigned request with 403 Missing Authentication Token and a request id", async () => {
    const answer = await send(new Request(`${BASE}/restapis`));
    expect(answer).toMatchObject({ status: 403, type: "MissingAuthenticationTokenException", body: { message: "Missing Authentication Token" } });
    expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("names an AWS operation Portico does not implement yet", async () => {
    const answer = await send(await signedRequest(KEY, "GET", `${BASE}/restapis/abc/authorizers`));
    expect(answer).toMatchObject({ status: 400, type: "BadRequestException", body: { message: "Operation not supported by Portico yet: GetAuthorizers" } });
    const importing = await send(await signedRequest(KEY, "POST", `${BASE}/restapis?mode=import`, "{}"));
    expect(importing.body?.message).toBe("Operation not supported by Portico yet: ImportRestApi");
  });

  it("answers 404 NotFoundException for a path AWS does not have", async () => {
    const answer = await send(await signedRequest(KEY, "GET", `${BASE}/restapis/abc/nothing-here`));
    expect(answer).toMatchObject({ status: 404, type: "NotFoundException" });
    expect(answer.body?.message).toContain("GET /restapis/abc/nothing-here");
  });

  it("answers 400 for a body that is not JSON", async () => {
    const answer = await send(await signedRequest(KEY, "POST", `${BASE}/restapis`, "{name:"));
    expect(answer).toMatchObject({ status: 400, type: "BadRequestException" });
    expect(answer.body?.message).toMatch(/^Could not parse request body into json/);
  });

  it("turns an unexpected failure into a 500 naming the request id, and logs it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = async () => {
      throw new Error("database is gone");
    };
    const answer = await send(await signedRequest(KEY, "GET", `${BASE}/restapis`), { lookupSecret: failing });
    expect(answer.status).toBe(500);
    expect(answer.body?.message).toContain(answer.requestId ?? "missing");
    expect(answer.body?.message).not.toContain("database is gone");
    expect(log).toHaveBeenCalledWith(expect.stringContaining(answer.requestId ?? "missing"), expect.any(Error));
  });
});

describe("handleManagementRequest (AWS's request validation, before any service)", () => {
  it("answers an unknown gateway response type with AWS's ValidationException, its text under a capital Message", async () => {
    const answer = await send(await signedRequest(KEY, "GET", `${BASE}/restapis/abc/gatewayresponses/NOT_A_TYPE`));
    expect(answer).toMatchObject({ status: 400, type: "ValidationException" });
    expect(answer.body).toEqual({
      Message: expect.stringMatching(/^1 validation error detected: Value 'NOT_A_TYPE' at 'responseType' failed to satisfy constraint: Member must satisfy enum value set: \[REQUEST_TOO_LARGE, /),
    });
  });

  it("answers a PutIntegration without a type as AWS does (Member must not be null)", async () => {
    const answer = await send(await signedRequest(KEY, "PUT", `${BASE}/restapis/abc/resources/r/methods/GET/integration`, "{}"));
    expect(answer).toMatchObject({
      status: 400,
      type: "ValidationException",
      body: { Message: "1 validation error detected: Value null at 'putIntegrationInput.type' failed to satisfy constraint: Member must not be null" },
    });
  });
});
