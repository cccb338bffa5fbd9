import { expect, test, type Locator, type Page } from "@playwright/test";
import { porticoEnv } from "../support/portico-env";
import { addChildResource, addMethod, createApi, fillCodeEditor, selectResource, signIn } from "./console-steps";

const SHOTS = "test-results/screenshots";

/** The text of a Monaco editor as the user sees it (Monaco draws spaces as non-breaking ones). */
async function editorText(page: Page, id: string): Promise<string> {
  const box = page.getByTestId(`${id}-editor`);
  await expect(box).toHaveAttribute("data-editor", "monaco");
  const lines = box.locator(".view-lines");
  await expect(lines).not.toBeEmpty();
  return (await lines.innerText()).replace(/\u00a0/g, " ");
}

function box(page: Page, name: string): Locator {
  return page.getByRole("region", { name, exact: true });
}

test("a method designed in the four boxes, a model and Enable CORS survive a reload", async ({ page }) => {
  const env = porticoEnv();
  await page.goto(`${env.consoleUrl}/apis`);
  await signIn(page, env.adminEmail, env.adminPassword);
  await expect(page).toHaveURL(/\/apis$/);
  const apiId = await createApi(page, "Method design", "four boxes");

  await test.step("resource /pets with GET", async () => {
    await addChildResource(page, "pets", "/pets");
    await addMethod(page, "GET", "/pets");
  });

  await test.step("method request: a required query string", async () => {
    const request = box(page, "Method request");
    await request.getByRole("button", { name: "Add query string" }).click();
    await request.getByLabel("URL query string parameters: name").fill("limit");
    await request.getByRole("checkbox", { name: "required", exact: true }).first().check();
    await expect(request.getByTestId("unsaved-changes")).toBeVisible();
    await request.getByRole("button", { name: "Save method request" }).click();
    await expect(request.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  });

  await test.step("integration request: HTTP (non-proxy) with a request template", async () => {
    const integration = box(page, "Integration request");
    await integration.getByRole("radio", { name: "HTTP", exact: true }).check();
    await integration.getByLabel("Backend method").selectOption("GET");
    await integration.getByLabel("Endpoint URL").fill("http://127.0.0.1:9/pets");
    // A broken template is refused before anything is saved.
    await fillCodeEditor(page, "request-template-0", '#if($input.params("limit"))');
    await integration.getByRole("button", { name: "Save HTTP integration" }).click();
    await expect(integration.getByRole("alert").filter({ hasText: "never closed" })).toBeVisible();
    await fillCodeEditor(page, "request-template-0", `{"limit": "$input.params('limit')"}`);
    await integration.getByRole("button", { name: "Save HTTP integration" }).click();
    await expect(integration.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  });

  await test.step("integration response: 200 default with a response template", async () => {
    const responses = box(page, "Integration response");
    await responses.getByRole("button", { name: "Add integration response" }).click();
    await expect(responses.getByLabel("Method response status")).toHaveValue("200");
    await fillCodeEditor(page, "response-template-0", `#set($pets = $input.path('$'))\n{"count": $pets.size()}`);
    await responses.getByRole("button", { name: "Add integration response" }).click();
    await expect(responses.getByTestId("integration-response-200")).toContainText("default");
    await expect(box(page, "Method response").getByTestId("method-response-200")).toBeVisible();
  });

  const methodUrl = page.url();
  expect(methodUrl).toMatch(/resource=[a-z0-9]+&method=GET/);

  await test.step("a model", async () => {
    await page.getByRole("navigation", { name: "API sections" }).getByRole("link", { name: "Models & validators" }).click();
    await page.getByRole("button", { name: "Create model" }).first().click();
    const form = page.locator("form").filter({ has: page.getByLabel("Model name") });
    await form.getByLabel("Model name").fill("Pet");
    await form.getByLabel("Description").fill("One pet");
    await form.getByRole("button", { name: "Create model" }).click();
    await expect(page.getByRole("list", { name: "Models" }).getByRole("button", { name: /Pet/ })).toBeVisible();
    await expect(page).toHaveURL(/model=Pet/);
  });

  await test.step("Enable CORS on /pets, with DEFAULT_4XX", async () => {
    await page.getByRole("navigation", { name: "API sections" }).getByRole("link", { name: "Resources" }).click();
    await selectResource(page, "/pets");
    await page.getByRole("button", { name: "Enable CORS" }).click();
    const dialog = page.getByRole("dialog", { name: "Enable CORS" });
    await dialog.getByLabel(/DEFAULT 4XX/).check();
    await dialog.getByRole("button", { name: "Enable CORS" }).click();
    await expect(dialog.getByTestId("cors-result")).toContainText("Created OPTIONS (MOCK) answering Access-Control-Allow-Methods 'GET,OPTIONS'");
    await expect(dialog.getByTestId("cors-result")).toContainText("GET: Access-Control-Allow-Origin on the 200 response.");
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(page.getByRole("button", { name: "Edit OPTIONS /pets" })).toBeVisible();
  });

  await test.step("after a reload every box shows what was saved", async () => {
    await page.goto(methodUrl);
    await page.reload();
    await expect(page.getByTestId("method-panel-title")).toHaveText("GET /pets");
    const request = box(page, "Method request");
    await expect(request.getByLabel("URL query string parameters: name")).toHaveValue("limit");
    await expect(request.getByRole("checkbox", { name: "required", exact: true }).first()).toBeChecked();
    await expect(request.getByRole("checkbox", { name: "API key required" })).not.toBeChecked();
    const integration = box(page, "Integration request");
    await expect(integration.getByRole("radio", { name: "HTTP", exact: true })).toBeChecked();
    await expect(integration.getByLabel("Endpoint URL")).toHaveValue("http://127.0.0.1:9/pets");
    expect(await editorText(page, "request-template-0")).toContain(`{"limit": "$input.params('limit')"}`);
    const responses = box(page, "Integration response");
    await expect(responses.getByTestId("integration-response-200")).toContainText("application/json");
    await responses.getByRole("button", { name: "Edit integration response 200" }).click();
    expect(await editorText(page, "response-template-0")).toContain("$pets.size()");
    await expect(responses.getByLabel("Mapping value")).toHaveValue("'*'");
    await expect(responses.getByLabel("Response header")).toHaveValue("Access-Control-Allow-Origin");
    await expect(box(page, "Method response").getByTestId("method-response-200")).toContainText("Access-Control-Allow-Origin");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/07-method-design.png`, fullPage: true });
  });

  await test.step("the OPTIONS preflight, the model and the gateway response are there too", async () => {
    await page.getByRole("button", { name: "Edit OPTIONS /pets" }).click();
    await expect(page.getByTestId("method-panel-title")).toHaveText("OPTIONS /pets");
    await expect(box(page, "Integration request").getByRole("radio", { name: "Mock" })).toBeChecked();
    await expect(box(page, "Method response").getByTestId("method-response-200")).toContainText("Access-Control-Allow-Methods");
    await page.goto(`${env.consoleUrl}/apis/${apiId}/models?model=Pet`);
    await expect(page.getByLabel("Description")).toHaveValue("One pet");
    await page.goto(`${env.consoleUrl}/apis/${apiId}/gateway-responses?type=DEFAULT_4XX`);
    await expect(page.getByTestId("gateway-response-DEFAULT_4XX")).toContainText("custom");
    await expect(page.getByLabel("Header").first()).toHaveValue("Access-Control-Allow-Headers");
  });
});
