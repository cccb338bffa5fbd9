import { expect, test, type Page } from "@playwright/test";
import { porticoEnv } from "../support/portico-env";
import { addChildResource, addMethod, callUntil, createApi, deploy, flowBox, saveMock, signIn } from "./console-steps";

const SHOTS = "test-results/screenshots";

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test("a customer's key on a plan with a quota of 3 a day gets three answers, then 429, and the console shows the usage", async ({ page }) => {
  const env = porticoEnv();
  // Unique, so the test also runs against a long-lived Portico (PORTICO_E2E_CONSOLE_URL).
  const suffix = Date.now().toString(36);
  const planName = `Trial ${suffix}`;
  const keyName = `acme-${suffix}`;
  const customerId = `customer-${suffix}`;
  const stage = "metered";

  await test.step("sign in", async () => {
    await page.goto(`${env.consoleUrl}/apis`);
    await signIn(page, env.adminEmail, env.adminPassword);
    await expect(page).toHaveURL(/\/apis$/);
  });

  const apiId = await test.step("an API with a MOCK GET /quota that requires an API key", async () => {
    const id = await createApi(page, `Metered ${suffix}`, "usage plan quota test");
    await addChildResource(page, "quota", "/quota");
    await addMethod(page, "GET", "/quota");
    await saveMock(page, "200", '{"metered": true}');
    const request = flowBox(page, "Method request");
    await request.getByRole("checkbox", { name: "API key required" }).check();
    await request.getByRole("button", { name: "Save method request" }).click();
    await expect(request.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expect(request).toContainText("API key required");
    return id;
  });

  let invokeUrl = "";
  await test.step("deploy it to a stage; without a key the stage answers 403 Forbidden", async () => {
    await deploy(page, stage, "metered by key", true);
    invokeUrl = (await page.getByTestId("invoke-url-path").textContent()) ?? "";
    expect(invokeUrl).toMatch(new RegExp(`/restapis/${apiId}/${stage}/_user_request_/$`));
    const keyless = await callUntil(`${invokeUrl}quota`, (status) => status === 403);
    expect(JSON.parse(keyless.body)).toEqual({ message: "Forbidden" });
  });

  const planId = await test.step("a usage plan with a quota of 3 per day on that stage", async () => {
    await page.getByRole("link", { name: "Usage plans" }).click();
    await expect(page).toHaveURL(/\/usage-plans$/);
    await page.getByRole("button", { name: "Create usage plan" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Create usage plan" });
    // Problems show before anything is sent.
    await dialog.getByRole("button", { name: "Create plan" }).click();
    await expect(dialog.getByRole("alert").filter({ hasText: "Give the plan a name." })).toBeVisible();
    await dialog.getByLabel("Name", { exact: true }).fill(planName);
    await dialog.getByRole("checkbox", { name: "Limit each key's requests per period" }).check();
    await dialog.getByLabel("Requests", { exact: true }).fill("3");
    await dialog.getByLabel("Period", { exact: true }).selectOption("DAY");
    await dialog.getByRole("button", { name: "Add API stage" }).click();
    await dialog.getByLabel("API", { exact: true }).selectOption(apiId);
    await dialog.getByLabel("Stage", { exact: true }).selectOption(stage);
    await dialog.getByRole("button", { name: "Create plan" }).click();
    await page.waitForURL(/\/usage-plans\/[^/]+$/);
    await expect(page.getByRole("heading", { name: planName })).toBeVisible();
    await expect(page.getByTestId("usage-plan-quota")).toHaveText("3 per day");
    return decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
  });

  const keyValue = await test.step("an API key for a customer, on the plan; its value is shown once", async () => {
    await page.getByRole("link", { name: "Customers" }).click();
    await expect(page).toHaveURL(/\/customers$/);
    await page.getByRole("button", { name: "Create API key" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Create API key" });
    await dialog.getByLabel("Name", { exact: true }).fill(keyName);
    await dialog.getByLabel("Customer ID").fill(customerId);
    await dialog.getByLabel("Usage plan").selectOption(planId);
    await dialog.getByRole("button", { name: "Create key" }).click();
    const created = page.getByRole("dialog", { name: "API key created" });
    const value = (await created.getByTestId("new-api-key-value").textContent()) ?? "";
    expect(value.length).toBeGreaterThanOrEqual(20);
    await created.getByRole("button", { name: "I have saved the key" }).click();
    const row = page.getByRole("row").filter({ hasText: keyName });
    await expect(row).toContainText(customerId);
    await expect(row).toContainText(planName);
    await expect(row).toContainText("0 / 3 per day");
    // The list shows the key masked, never whole.
    await expect(row).not.toContainText(value);
    return value;
  });

  await test.step("three keyed calls answer 200, the fourth 429 Limit Exceeded", async () => {
    const keyed = { headers: { "x-api-key": keyValue } };
    // The plan and key reach the runtime with its next config poll: retry the first call until it passes.
    const first = await callUntil(`${invokeUrl}quota`, (status) => status === 200, 20_000, keyed);
    expect(JSON.parse(first.body)).toEqual({ metered: true });
    for (let call = 2; call <= 3; call++) {
      const response = await fetch(`${invokeUrl}quota`, keyed);
      expect(response.status, `call ${call}`).toBe(200);
      await response.text();
    }
    const refused = await fetch(`${invokeUrl}quota`, keyed);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({ message: "Limit Exceeded" });
    // A wrong key is no key at all.
    const wrong = await fetch(`${invokeUrl}quota`, { headers: { "x-api-key": `${keyValue}x` } });
    expect(wrong.status).toBe(403);
  });

  await test.step("the Customers list and the key's page show 3 of 3 used today", async () => {
    // Usage reaches the console with the runtime's telemetry; the pages refresh every few seconds.
    const row = page.getByRole("row").filter({ hasText: keyName });
    await expect(row).toContainText("3 / 3 per day", { timeout: 45_000 });
    await shot(page, "customers-01-list");
    await row.getByRole("link", { name: keyName }).click();
    await expect(page.getByRole("heading", { name: keyName })).toBeVisible();
    await expect(page.getByTestId("api-key-quota-usage")).toHaveText("3 / 3 per day");
    await expect(page.getByTestId("api-key-usage-summary")).toHaveText("3 requests in 30 days, 3 today", { timeout: 30_000 });
    await expect(page.getByTestId("api-key-plan")).toHaveText(planName);
    await page.getByRole("button", { name: "Reveal value" }).click();
    await expect(page.getByTestId("api-key-value")).toHaveText(keyValue);
    await shot(page, "customers-02-key");
  });

  await test.step("rotating gives a new value; the old one is refused, the new one inherits the spent quota", async () => {
    await page.getByRole("button", { name: "Rotate key" }).click();
    const confirm = page.getByRole("dialog", { name: "Rotate API key" });
    await confirm.getByRole("button", { name: "Rotate key" }).click();
    await expect(confirm).toBeHidden();
    const shown = page.getByTestId("api-key-value");
    await expect(shown).not.toHaveText(keyValue);
    const rotated = (await shown.textContent()) ?? "";
    expect(rotated.length).toBeGreaterThanOrEqual(20);
    const old = await callUntil(`${invokeUrl}quota`, (status) => status === 403, 20_000, { headers: { "x-api-key": keyValue } });
    expect(JSON.parse(old.body)).toEqual({ message: "Forbidden" });
    // Usage belongs to the key, not to its value.
    const spent = await callUntil(`${invokeUrl}quota`, (status) => status === 429, 20_000, { headers: { "x-api-key": rotated } });
    expect(JSON.parse(spent.body)).toEqual({ message: "Limit Exceeded" });

    await page.getByRole("button", { name: "Disable key" }).click();
    await expect(page.getByTestId("api-key-status")).toHaveText("Disabled");
    const disabled = await callUntil(`${invokeUrl}quota`, (status) => status === 403, 20_000, { headers: { "x-api-key": rotated } });
    expect(JSON.parse(disabled.body)).toEqual({ message: "Forbidden" });
  });

  await test.step("the plan's page lists the key", async () => {
    await page.getByTestId("api-key-plan").click();
    await expect(page).toHaveURL(new RegExp(`/usage-plans/${planId}$`));
    await expect(page.getByTestId("plan-keys-table")).toContainText(keyName);
    await expect(page.getByTestId("plan-keys-table")).toContainText("Disabled");
    await shot(page, "customers-03-plan");
  });

  await test.step("the plan's settings: a bad offset is refused before saving, a larger quota is saved", async () => {
    await page.getByLabel("Period", { exact: true }).selectOption("WEEK");
    await page.getByLabel("Offset (days)").fill("7");
    await page.getByRole("button", { name: "Save plan" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The offset is a day from 0 to 6." })).toBeVisible();
    await page.getByLabel("Period", { exact: true }).selectOption("DAY");
    await page.getByLabel("Requests", { exact: true }).fill("5");
    await page.getByRole("button", { name: "Save plan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expect(page.getByTestId("usage-plan-quota")).toHaveText("5 per day");
  });
});

test("importing an API key file adds its good rows and shows a warning per bad one", async ({ page }) => {
  const env = porticoEnv();
  const suffix = Date.now().toString(36);
  await page.goto(`${env.consoleUrl}/customers`);
  await signIn(page, env.adminEmail, env.adminPassword);
  await expect(page).toHaveURL(/\/customers$/);

  await page.getByRole("button", { name: "Import keys" }).click();
  const dialog = page.getByRole("dialog", { name: "Import API keys" });
  await dialog.getByRole("button", { name: "Import keys" }).click();
  await expect(dialog.getByRole("alert").filter({ hasText: "Paste the CSV or choose a file." })).toBeVisible();
  const csv = `Name,Key,Description,Enabled\nimported-${suffix},imported-${suffix}-0123456789abcdef,from a file,true\nshort-${suffix},tooshort,,true\n`;
  await dialog.getByLabel("CSV", { exact: true }).fill(csv);
  await dialog.getByRole("button", { name: "Import keys" }).click();

  const result = page.getByRole("dialog", { name: "API keys imported" });
  await expect(result.getByRole("status")).toHaveText("Imported 1 key.");
  await expect(result.getByRole("list", { name: "Import warnings" })).toHaveText("Line 3: API Key value should be at least 20 characters");
  await result.getByRole("button", { name: "Done" }).click();
  const row = page.getByRole("row").filter({ hasText: `imported-${suffix}` });
  await expect(row).toContainText("from a file");
  await expect(row).toContainText("Enabled");
  await expect(page.getByRole("row").filter({ hasText: `short-${suffix}` })).toHaveCount(0);
});
