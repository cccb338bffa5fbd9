import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { porticoEnv } from "../support/portico-env";
import { addChildResource, addMethod, callUntil, createApi, createFunction, deploy, fillCodeEditor, flowBox, selectResource, signIn } from "./console-steps";

const SHOTS = "test-results/screenshots";

/** What the templated backend saw of one request. */
interface Received {
  method: string;
  path: string;
  contentType: string;
  body: string;
}

/**
 * A backend for the HTTP (non-proxy) integration: it answers JSON built from what it received, so the
 * response template has something to reshape and the test can tell the request template shaped the call.
 */
async function startTemplatedBackend() {
  const received: Received[] = [];
  const readBody = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  };
  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const seen = { method: request.method ?? "", path: request.url ?? "", contentType: request.headers["content-type"] ?? "", body };
      received.push(seen);
      let parsed: unknown = body;
      try {
        parsed = JSON.parse(body);
      } catch {
        // Not JSON: echoed as text, and the assertions on `received` say what was wrong.
      }
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ backend: "templated", method: seen.method, path: seen.path, received: parsed }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let backend: Awaited<ReturnType<typeof startTemplatedBackend>>;
test.beforeAll(async () => {
  backend = await startTemplatedBackend();
});
test.afterAll(async () => {
  await backend?.close();
});

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

// A Lambda proxy answer that echoes parts of its event, so the gateway's answer shows the event was built from the request.
const HANDLER = `export const handler = async (event) => ({ statusCode: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ hello: event.queryStringParameters?.name ?? "nobody", path: event.path, stage: event.requestContext?.stage }) });`;
const REQUEST_TEMPLATE = `{"wanted": "$input.path('$.kind')", "limit": "$input.params('limit')"}`;
const RESPONSE_TEMPLATE = `{"got": "$input.path('$.received.wanted')", "limit": "$input.path('$.received.limit')", "backendPath": "$input.path('$.path')"}`;

test("an HTTP integration with mapping templates and a Lambda proxy to a console-written function answer as designed", async ({ page }) => {
  const env = porticoEnv();
  // Unique, so the test also runs against a long-lived Portico (PORTICO_E2E_CONSOLE_URL).
  const functionName = `greeter-${Date.now().toString(36)}`;
  const stage = "integrations";

  await test.step("sign in", async () => {
    await page.goto(`${env.consoleUrl}/apis`);
    await signIn(page, env.adminEmail, env.adminPassword);
    await expect(page).toHaveURL(/\/apis$/);
  });

  await test.step("write a function in the console and save it", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Functions" }).click();
    await expect(page).toHaveURL(/\/functions$/);
    await createFunction(page, functionName);
    await fillCodeEditor(page, "function-source", HANDLER);
    await expect(page.getByText("unsaved", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  });

  await test.step("its Test tab runs the saved code", async () => {
    await page.getByRole("tab", { name: "Test" }).click();
    await fillCodeEditor(page, "test-event", JSON.stringify({ queryStringParameters: { name: "console" }, path: "/test" }));
    await page.getByRole("button", { name: "Test", exact: true }).click();
    const result = page.getByTestId("test-result");
    await expect(result.getByText("Succeeded")).toBeVisible();
    // The payload is shown pretty-printed; the proxy answer's body is a JSON string inside it.
    await expect(result.locator("pre").first()).toContainText('"statusCode": 200');
    await expect(result.locator("pre").first()).toContainText(String.raw`"body": "{\"hello\":\"console\",\"path\":\"/test\"}"`);
    await shot(page, "08-function-test");
  });

  const apiId = await test.step("create an API", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "APIs" }).click();
    return createApi(page, "Integrations", "Lambda proxy and templated HTTP");
  });

  await test.step("/greet GET: Lambda proxy to the function", async () => {
    await addChildResource(page, "greet", "/greet");
    await addMethod(page, "GET", "/greet");
    const integration = flowBox(page, "Integration request");
    await integration.getByRole("radio", { name: "Lambda function" }).check();
    await expect(integration.getByRole("checkbox", { name: /Lambda proxy integration/ })).toBeChecked();
    await integration.getByLabel("Function", { exact: true }).selectOption(functionName);
    await expect(integration.getByTitle("Invocation URI")).toContainText(`:function:${functionName}`);
    await integration.getByRole("button", { name: "Save Lambda integration" }).click();
    await expect(integration.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expect(flowBox(page, "Integration response")).toContainText("Proxy: the backend's response is passed through.");
  });

  await test.step("/pets POST: HTTP (non-proxy) with a request template", async () => {
    await selectResource(page, "/");
    await addChildResource(page, "pets", "/pets");
    await addMethod(page, "POST", "/pets");
    const integration = flowBox(page, "Integration request");
    await integration.getByRole("radio", { name: "HTTP", exact: true }).check();
    await integration.getByLabel("Backend method").selectOption("POST");
    await integration.getByLabel("Endpoint URL").fill(`http://127.0.0.1:${backend.port}/pets`);
    await expect(integration.getByRole("tab", { name: "application/json" })).toHaveAttribute("aria-selected", "true");
    await fillCodeEditor(page, "request-template-0", REQUEST_TEMPLATE);
    await integration.getByRole("button", { name: "Save HTTP integration" }).click();
    await expect(integration.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  });

  await test.step("/pets POST: integration response 200 with a response template", async () => {
    const responses = flowBox(page, "Integration response");
    await responses.getByRole("button", { name: "Add integration response" }).click();
    await expect(responses.getByLabel("Method response status")).toHaveValue("200");
    await fillCodeEditor(page, "response-template-0", RESPONSE_TEMPLATE);
    await responses.getByRole("button", { name: "Add integration response" }).click();
    await expect(responses.getByTestId("integration-response-200")).toContainText("application/json");
    await expect(flowBox(page, "Method response").getByTestId("method-response-200")).toBeVisible();
  });

  let invokeUrl = "";
  await test.step("deploy to a new stage", async () => {
    await deploy(page, stage, "Lambda proxy and templated HTTP", true);
    // The page shows the gateway's public host (localhost); the test calls the same path on the address it was given.
    await expect(page.getByTestId("invoke-url-path")).toContainText(`/restapis/${apiId}/${stage}/_user_request_/`);
    invokeUrl = `${env.gatewayUrl}/restapis/${apiId}/${stage}/_user_request_/`;
  });

  await test.step("GET /greet answers with the function's proxy response", async () => {
    const answer = await callUntil(`${invokeUrl}greet?name=portico`, (status) => status === 200);
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(answer.body).toBe(JSON.stringify({ hello: "portico", path: "/greet", stage }));
  });

  await test.step("POST /pets: the backend got the rendered request template, the client the rendered response template", async () => {
    const answer = await callUntil(`${invokeUrl}pets?limit=3`, (status) => status === 200, 20_000, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: "cat", ignored: true }),
    });
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(answer.body).toBe(`{"got": "cat", "limit": "3", "backendPath": "/pets"}`);
    // Only the last call counts: callUntil may have retried while the stage was going live.
    expect(backend.received.at(-1)).toEqual({ method: "POST", path: "/pets", contentType: "application/json", body: `{"wanted": "cat", "limit": "3"}` });
  });

  await test.step("both calls show up in the stage's live request log", async () => {
    const rows = page.getByTestId("log-row");
    await expect(rows.filter({ hasText: "/greet" }).first()).toBeVisible({ timeout: 30_000 });
    await expect(rows.filter({ hasText: "/pets" }).first()).toBeVisible({ timeout: 30_000 });
    await shot(page, "09-integrations-stage");
  });
});
