import { expect, test, type Page } from "@playwright/test";
import { porticoEnv } from "../support/portico-env";
import { addChildResource, addMethod, callUntil, createApi, deploy, saveMock, selectResource, signIn } from "./console-steps";

const SHOTS = "test-results/screenshots";
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Back to the designer, a new mock body for GET /pets, saved (not deployed). */
async function changeMockBody(page: Page, apiName: string, body: string): Promise<void> {
  await page.getByRole("link", { name: apiName }).click();
  await selectResource(page, "/pets");
  await page.getByRole("button", { name: "Edit GET /pets" }).click();
  await saveMock(page, "200", body);
}

/** The id of the deployment whose history row carries `description`. */
async function deploymentIdOf(page: Page, description: string): Promise<string> {
  const row = page.getByTestId("deployment-history").getByRole("row").filter({ hasText: description });
  const testId = (await row.getAttribute("data-testid")) ?? "";
  return testId.replace("deployment-row-", "");
}

test("a stage shows the diff before a rollback, runs a canary to promotion, and flushes its cache", async ({ page }) => {
  const env = porticoEnv();
  // Unique, so the test also runs against a long-lived Portico (PORTICO_E2E_CONSOLE_URL).
  const apiName = `Stages ${Date.now().toString(36)}`;
  const stage = "live";
  let invokeUrl = "";

  await test.step("sign in, design GET /pets as a mock, deploy v1 then v2", async () => {
    await page.goto(`${env.consoleUrl}/apis`);
    await signIn(page, env.adminEmail, env.adminPassword);
    await expect(page).toHaveURL(/\/apis$/);
    await createApi(page, apiName, "stage experience e2e");
    await addChildResource(page, "pets", "/pets");
    await addMethod(page, "GET", "/pets");
    await saveMock(page, "200", '{"version": "v1"}');
    await deploy(page, stage, "first version", true);
    invokeUrl = (await page.getByTestId("invoke-url-path").textContent()) ?? "";
    await callUntil(`${invokeUrl}pets`, (status, body) => status === 200 && body.includes("v1"));
    await changeMockBody(page, apiName, '{"version": "v2"}');
    await deploy(page, stage, "second version", false);
    await callUntil(`${invokeUrl}pets`, (status, body) => status === 200 && body.includes("v2"));
  });

  await test.step("the rollback dialog names the change before anything moves; rolling back serves v1 again", async () => {
    const firstRow = page.getByTestId("deployment-history").getByRole("row").filter({ hasText: "first version" });
    await firstRow.getByRole("button", { name: "Roll back" }).click();
    const dialog = page.getByRole("dialog", { name: "Roll back stage" });
    await expect(dialog.getByTestId("diff-summary")).toContainText("0 added, 0 removed, 1 changed");
    const item = dialog.getByTestId("diff-item-method:/pets:GET");
    await expect(item).toHaveAttribute("data-kind", "changed");
    await expect(item.locator('[data-side="before"][data-kind="removed"]')).toContainText('"v2"');
    await expect(item.locator('[data-side="after"][data-kind="added"]')).toContainText('"v1"');
    // Nothing moved yet: the gateway still serves v2 while the dialog is open.
    expect((await callUntil(`${invokeUrl}pets`, (status) => status === 200)).body).toContain("v2");
    await shot(page, "stages-01-rollback-diff");
    await dialog.getByRole("button", { name: "Roll back" }).click();
    await expect(dialog).toBeHidden();
    await expect(firstRow.getByText("current")).toBeVisible();
    const rolledBack = await callUntil(`${invokeUrl}pets`, (status, body) => status === 200 && body.includes("v1"));
    expect(JSON.parse(rolledBack.body)).toEqual({ version: "v1" });
  });

  await test.step("any two deployments compare side by side from the history", async () => {
    const secondRow = page.getByTestId("deployment-history").getByRole("row").filter({ hasText: "second version" });
    await secondRow.getByRole("button", { name: /^Compare/ }).click();
    const compare = page.getByRole("dialog", { name: "Compare deployments" });
    await expect(compare.getByTestId("diff-item-method:/pets:GET").locator('[data-side="after"][data-kind="added"]')).toContainText('"v2"');
    await compare.getByRole("button", { name: "Swap the two deployments" }).click();
    await expect(compare.getByTestId("diff-item-method:/pets:GET").locator('[data-side="after"][data-kind="added"]')).toContainText('"v1"');
    await compare.getByRole("button", { name: "Close" }).click();
    await expect(compare).toBeHidden();
  });

  await test.step("method defaults are checked before save; a method gets its own override", async () => {
    const ttl = page.getByLabel("Cache TTL (seconds)").first();
    await ttl.fill("5000");
    await expect(page.getByText("The cache TTL is between 0 and 3600 seconds.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save defaults" })).toBeDisabled();
    await ttl.fill("60");
    await page.getByRole("button", { name: "Save defaults" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." }).first()).toBeVisible();

    await page.getByRole("button", { name: "Add method override" }).click();
    const override = page.getByRole("dialog", { name: "Add method override" });
    await expect(override.getByLabel("Resource and method")).toHaveValue("~1pets/GET");
    await override.getByLabel("Rate limit (requests per second)").fill("50");
    await override.getByRole("button", { name: "Save override" }).click();
    await expect(override).toBeHidden();
    await expect(page.getByTestId("method-overrides").getByRole("row").filter({ hasText: "GET /pets" })).toContainText("50 rps");
  });

  let canaryId = "";
  await test.step("a canary at 100% on a new deployment serves all traffic; base and canary metrics side by side", async () => {
    await page.getByRole("button", { name: "Create canary" }).click();
    const create = page.getByRole("dialog", { name: "Create canary" });
    await create.getByLabel("Canary traffic (%)").fill("100");
    await create.getByRole("button", { name: "Create canary" }).click();
    await expect(create).toBeHidden();
    await expect(page.getByTestId("canary-settings")).toContainText("100%");

    await changeMockBody(page, apiName, '{"version": "v3"}');
    await page.getByRole("button", { name: "Deploy API" }).click();
    const deployDialog = page.getByRole("dialog", { name: "Deploy API" });
    await deployDialog.getByLabel("Stage", { exact: true }).selectOption(stage);
    await deployDialog.getByLabel("Deploy to canary").check();
    await deployDialog.getByLabel("Deployment description").fill("canary version");
    await deployDialog.getByRole("button", { name: "Deploy" }).click();
    await page.waitForURL(new RegExp(`/stages/${stage}$`));

    canaryId = await deploymentIdOf(page, "canary version");
    await expect(page.getByTestId("canary-settings")).toContainText(canaryId);
    const firstId = await deploymentIdOf(page, "first version");
    // The stage itself still points at v1; the canary's 100% is what answers.
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`deployment ${firstId}`);
    const canaryAnswer = await callUntil(`${invokeUrl}pets`, (status, body) => status === 200 && body.includes("v3"));
    expect(JSON.parse(canaryAnswer.body)).toEqual({ version: "v3" });
    await expect(page.getByRole("region", { name: "Canary metrics" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Base metrics" })).toBeVisible();
    await expect
      .poll(async () => Number(await page.getByTestId("canary-requests-total").getAttribute("data-total")), { timeout: 45_000 })
      .toBeGreaterThan(0);
    await shot(page, "stages-02-canary");
  });

  await test.step("promoting previews the change, then the stage's deployment becomes the canary's", async () => {
    await page.getByRole("button", { name: "Promote canary" }).click();
    const promote = page.getByRole("dialog", { name: "Promote canary" });
    await expect(promote.getByTestId("promotion-deployments")).toContainText(canaryId);
    await expect(promote.getByTestId("diff-item-method:/pets:GET")).toBeVisible();
    await shot(page, "stages-03-promote");
    await promote.getByRole("button", { name: "Promote" }).click();
    await expect(promote).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`deployment ${canaryId}`);
    await expect(page.getByRole("button", { name: "Create canary" })).toBeVisible();
    await callUntil(`${invokeUrl}pets`, (status, body) => status === 200 && body.includes("v3"));
  });

  await test.step("enable the stage cache, then flush it after confirming", async () => {
    await page.getByLabel("Enable cache cluster").check();
    await page.getByLabel("Cache size (GB)").selectOption("1.6");
    await page.getByRole("button", { name: "Save cache settings" }).click();
    await expect(page.getByText("AVAILABLE", { exact: true })).toBeVisible();
    // With the cache on, the metrics name CacheHitCount and CacheMissCount.
    await expect(page.getByTestId("cache-totals")).toContainText(/Cache: \d+ hits, \d+ misses/);
    await page.getByRole("button", { name: "Flush cache" }).click();
    const confirm = page.getByRole("dialog", { name: "Flush stage cache" });
    await confirm.getByRole("button", { name: "Flush" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: "Cache flushed." })).toBeVisible();
    await shot(page, "stages-04-settings");
  });
});
