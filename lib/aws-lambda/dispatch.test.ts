import { afterEach, describe, expect, it, vi } from "vitest";
import { handleLambdaRequest } from "./dispatch";
import { signedLambdaRequest } from "./testing/sign-lambda-request";

const KEY = { accessKeyId: "AKIALAMBDADISPATCH01", secretAccessKey: "lambda-dispatch-secret" };
const lookupSecret = async (id: string) => (id === KEY.accessKeyId ? KEY.secretAccessKey : null);
const BASE = "http://localhost:3000";

async function send(request: Request, options = { lookupSecret }) {
  const response = await handleLambdaRequest(request, options);
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get("x-amzn-ErrorType"),
    requestId: response.headers.get("x-amzn-RequestId"),
    body: text ? (JSON.parse(text) as Record<string, string>) : null,
  };
}

afterEach(() => vi.restoreAllMocks());

describe("handleLambdaRequest (paths that stop before any service)", () => {
  it("answers an unsigned request with 403 Missing Authentication Token in Lambda's error body", async () => {
    const answer = await send(new Request(`${BASE}/2015-03-31/functions`));
    expect(answer).toMatchObject({
      status: 403,
      type: "MissingAuthenticationTokenException",
      body: { Type: "User", message: "Missing Authentication Token" },
    });
    expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refuses a request signed for API Gateway: the Lambda API is scoped to the lambda service", async () => {
    const answer = await send(await signedLambdaRequest(KEY, "GET", `${BASE}/2015-03-31/functions`, undefined, "apigateway"));
    expect(answer).toMatchObject({ status: 403, type: "InvalidSignatureException", body: { message: "Credential should be scoped to correct service: 'lambda'. " } });
  });

  it("names a Lambda operation Portico does not implement and answers 404 for paths Lambda does not have", async () => {
    const policy = await send(await signedLambdaRequest(KEY, "GET", `${BASE}/2015-03-31/functions/f/policy`));
    expect(policy).toMatchObject({ status: 400, body: { message: "Operation not supported by Portico yet: GetPolicy" } });
    const nowhere = await send(await signedLambdaRequest(KEY, "GET", `${BASE}/2015-03-31/functions/f/nothing`));
    expect(nowhere).toMatchObject({ status: 404, type: "ResourceNotFoundException" });
    expect(nowhere.body?.Message).toContain("GET /2015-03-31/functions/f/nothing");
  });

  it("answers InvalidRequestContentException for a body that is not JSON", async () => {
    const answer = await send(await signedLambdaRequest(KEY, "POST", `${BASE}/2015-03-31/functions`, "{FunctionName:"));
    expect(answer).toMatchObject({ status: 400, type: "InvalidRequestContentException" });
    expect(answer.body?.message).toMatch(/^Could not parse request body into json/);
  });

  it("refuses a code URL that was not presigned by Portico", async () => {
    const answer = await send(new Request(`${BASE}/2015-03-31/function-code/abc?X-Amz-Credential=x`));
    expect(answer).toMatchObject({ status: 403, type: "AccessDeniedException" });
  });

  it("turns an unexpected failure into a 500 ServiceException naming the request id, and logs it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = async () => {
      throw new Error("database is gone");
    };
    const answer = await send(await signedLambdaRequest(KEY, "GET", `${BASE}/2015-03-31/functions`), { lookupSecret: failing });
    expect(answer).toMatchObject({ status: 500, type: "ServiceException", body: { Type: "Service" } });
    expect(answer.body?.Message).toContain(answer.requestId ?? "missing");
    expect(answer.body?.Message).not.toContain("database is gone");
    expect(log).toHaveBeenCalledWith(expect.stringContaining(answer.requestId ?? "missing"), expect.any(Error));
  });
});
