import { expect, test, type Page } from "@playwright/test";
import { startEchoBackend, type EchoBackend } from "../support/echo-backend";
import { porticoEnv } from "../support/portico-env";
import { addChildResource, addMethod, callUntil, createApi, deploy, saveHttpProxy, saveMock, selectResource, signIn } from "./console-steps";

const SHOTS = "test-results/screenshots";
async function shot(page: Page, name: string): Promise<void> {
  // From the top, so the sticky header is drawn where it belongs in the full-page image.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

let backend: EchoBackend;
test.beforeAll(async () => {
  backend = await startEchoBackend();
});
test.afterAll(async () => {
  await backend?.close();
});

test("an admin designs, deploys, observes and rolls back an API from the console", async ({ page }) => {
  const env = porticoEnv();

  await test.step("sign in: a wrong password gets one clear message", async () => {
    await page.goto(`${env.consoleUrl}/apis`);
    await expect(page).toHaveURL(/\/login/);
    await shot(page, "01-login");
    await signIn(page, env.adminEmail, "not-the-password");
    await expect(page.getByRole("alert").filter({ hasText: "Wrong" })).toHaveText("Wrong e-mail or password.");
    await signIn(page, env.adminEmail, env.adminPassword);
    await expect(page).toHaveURL(/\/apis$/);
    await expect(page.getByTestId("current-user")).toHaveText(env.adminEmail);
  });

  const apiId = await test.step("create an API", async () => createApi(page, "Pet store", "Click-through test API"));

  await test.step("{proxy+} with ANY -> HTTP_PROXY to the test backend", async () => {
    await addChildResource(page, "{proxy+}", "/{proxy+}");
    await addMethod(page, "ANY", "/{proxy+}");
    await saveHttpProxy(page, "ANY", `http://127.0.0.1:${backend.port}/{proxy}`, 5000);
  });

  await test.step("/hello with a MOCK GET", async () => {
    await selectResource(page, "/");
    await addChildResource(page, "hello", "/hello");
    await addMethod(page, "GET", "/hello");
    await saveMock(page, "200", '{"version": "v1"}');
    await shot(page, "03-designer");
  });

  let invokeUrl = "";
  await test.step("deploy to a new stage dev and call the URL the stage page shows", async () => {
    await deploy(page, "dev", "first version", true);
    invokeUrl = (await page.getByTestId("invoke-url-path").textContent()) ?? "";
    expect(invokeUrl).toMatch(new RegExp(`/restapis/${apiId}/dev/_user_request_/$`));
    await expect(page.getByTestId("invoke-url-host")).toContainText(`${apiId}.execute-api.localhost`);
    const proxied = await callUntil(`${invokeUrl}pets/42?tag=e2e`, (status) => status === 200);
    expect(JSON.parse(proxied.body)).toMatchObject({ backend: "echo", method: "GET", path: "/pets/42?tag=e2e" });
    const mocked = await callUntil(`${invokeUrl}hello`, (status) => status === 200);
    expect(JSON.parse(mocked.body)).toEqual({ version: "v1" });
  });

  await test.step("the request shows up live in the log table and in the requests chart", async () => {
    // No reload: the table is fed by server-sent events, the chart by its 10-second refresh.
    await expect(page.getByTestId("log-row").filter({ hasText: "/pets/42" }).first()).toBeVisible({ timeout: 30_000 });
    await expect
      .poll(async () => Number(await page.getByTestId("requests-total").getAttribute("data-total")), { timeout: 45_000 })
      .toBeGreaterThan(0);
    await expect(page.getByTestId("chart-requests-summary")).not.toHaveText("0 requests");
    await shot(page, "04-stage");
  });

  await test.step("deploy a changed MOCK body, then roll back through the history", async () => {
    await page.getByRole("link", { name: "Pet store" }).click();
    await selectResource(page, "/hello");
    await page.getByRole("button", { name: "Edit GET /hello" }).click();
    await saveMock(page, "200", '{"version": "v2"}');
    await deploy(page, "dev", "second version", false);
    await callUntil(`${invokeUrl}hello`, (status, body) => status === 200 && body.includes("v2"));

    const firstRow = page.getByTestId("deployment-history").getByRole("row").filter({ hasText: "first version" });
    await firstRow.getByRole("button", { name: "Roll back" }).click();
    const dialog = page.getByRole("dialog", { name: "Roll back stage" });
    await dialog.getByRole("button", { name: "Roll back" }).click();
    await expect(dialog).toBeHidden();
    await expect(firstRow.getByText("current")).toBeVisible();
    const rolledBack = await callUntil(`${invokeUrl}hello`, (status, body) => status === 200 && body.includes("v1"));
    expect(JSON.parse(rolledBack.body)).toEqual({ version: "v1" });
    await shot(page, "04b-stage-after-rollback");
  });

  await test.step("screenshots of the remaining pages", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "APIs" }).click();
    await expect(page.getByRole("link", { name: "Pet store" })).toBeVisible();
    await shot(page, "02-apis");
    // Deleting asks for the API's name before the button works.
    await createApi(page, "Scratch", "");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "APIs" }).click();
    await page.getByRole("button", { name: "Delete Scratch" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete API" });
    await expect(confirm.getByRole("button", { name: "Delete API" })).toBeDisabled();
    await confirm.getByLabel("API name").fill("Scratch");
    await shot(page, "02b-delete-api");
    await confirm.getByRole("button", { name: "Delete API" }).click();
    await expect(page.getByRole("link", { name: "Scratch" })).toBeHidden();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Access keys" }).click();
    await page.getByRole("button", { name: "Create access key" }).first().click();
    await page.getByRole("dialog", { name: "Create access key" }).getByLabel("Description").fill("e2e key");
    await page.getByRole("button", { name: "Create key" }).click();
    await expect(page.getByTestId("new-secret-access-key")).not.toBeEmpty();
    await shot(page, "05-access-key-created");
    await page.getByRole("button", { name: "I have saved the secret" }).click();
    await expect(page.getByRole("cell", { name: "e2e key" })).toBeVisible();
    await shot(page, "06-access-keys");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto(`${env.consoleUrl}/access-keys`);
    await expect(page).toHaveURL(/\/login/);
  });
});
