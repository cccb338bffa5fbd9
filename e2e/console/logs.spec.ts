import { expect, test, type Locator, type Page } from "@playwright/test";
import { porticoEnv } from "../support/portico-env";
import { addChildResource, addMethod, callUntil, createApi, deploy, saveMock, signIn } from "./console-steps";

const SHOTS = "test-results/screenshots";

/** The runtime reports logs in batches: refresh the explorer until `rows` has `count` rows. */
async function refreshUntil(page: Page, rows: Locator, count: number): Promise<void> {
  await expect(async () => {
    await page.getByRole("button", { name: "Refresh logs" }).click();
    await expect(rows).toHaveCount(count, { timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
}

test("a GET on a POST-only resource is found in the stage's logs and explained in plain words", async ({ page }) => {
  const env = porticoEnv();
  // Unique, so the test also runs against a long-lived Portico (PORTICO_E2E_CONSOLE_URL).
  const apiName = `Logs ${Date.now().toString(36)}`;
  const stage = "logs";
  let invokeUrl = "";
  let requestId = "";

  await test.step("design /pets/{id} with POST only (a mock) and deploy it", async () => {
    await page.goto(`${env.consoleUrl}/apis`);
    await signIn(page, env.adminEmail, env.adminPassword);
    await expect(page).toHaveURL(/\/apis$/);
    await createApi(page, apiName, "logs explorer e2e");
    await addChildResource(page, "pets", "/pets");
    await addChildResource(page, "{id}", "/pets/{id}");
    await addMethod(page, "POST", "/pets/{id}");
    await saveMock(page, "200", '{"created": true}');
    await deploy(page, stage, "POST only", true);
    invokeUrl = (await page.getByTestId("invoke-url-path").textContent()) ?? "";
  });

  await test.step("GET /pets/1 is answered 403 Missing Authentication Token on the wire", async () => {
    // An undeployed stage is a 403 too: wait until POST answers, so the GET below reaches the deployed stage.
    await callUntil(`${invokeUrl}pets/1`, (status) => status === 200, 20_000, { method: "POST" });
    const answer = await fetch(`${invokeUrl}pets/1`);
    expect(answer.status).toBe(403);
    expect(await answer.json()).toEqual({ message: "Missing Authentication Token" });
    requestId = answer.headers.get("x-amzn-requestid") ?? "";
    expect(requestId).not.toBe("");
  });

  const getRows = page.getByTestId("log-row").filter({ hasText: "GET" });

  await test.step("filtered to 4xx and the path, the GET's row is there with its error type; filters are in the URL", async () => {
    const filters = page.getByRole("form", { name: "Log filters" });
    await filters.getByLabel("Status").selectOption("4xx");
    await expect(page).toHaveURL(/[?&]status=4xx/);
    await filters.getByLabel("Path prefix").fill(`/${stage}/pets/1`);
    await filters.getByLabel("Path prefix").press("Enter");
    await expect(page).toHaveURL(new RegExp(`[?&]path=%2F${stage}%2Fpets%2F1`));
    await refreshUntil(page, getRows, 1);
    await expect(getRows).toContainText("403");
    await expect(getRows).toContainText("MISSING_AUTHENTICATION_TOKEN");
    // The POSTs answered 200 and are filtered out: every row shown is a 4xx.
    for (const status of await page.getByTestId("log-table").locator("tbody tr td:nth-child(4)").allTextContents()) {
      expect(status).toMatch(/^4\d\d$/);
    }
  });

  const dialog = page.getByRole("dialog", { name: "Request timeline" });

  await test.step("Enter on the row opens its timeline: the explanation first, then route, steps, ids and logs", async () => {
    await getRows.getByRole("button", { name: /^Open the timeline of GET/ }).focus();
    await page.keyboard.press("Enter");
    const explanation = dialog.getByTestId("request-explanation");
    await expect(explanation).toContainText("Missing Authentication Token");
    await expect(explanation).toContainText("the resource has POST only");
    await expect(explanation.getByRole("link", { name: /designer/ })).toHaveAttribute("href", /\/apis\/[a-z0-9]+/);
    await expect(dialog.getByTestId("request-route")).toHaveText("/pets/{id} matched, but it has POST only, not GET.");
    await expect(dialog.getByTestId("request-status")).toContainText("403");
    await expect(dialog.getByRole("list", { name: "Request steps" }).getByRole("listitem").first()).toBeVisible();
    // The id on the wire (x-amzn-RequestId) is the one the console shows, with a copy button.
    await expect(dialog.getByRole("button", { name: `Copy request id: ${requestId}` })).toBeVisible();
    await expect(page).toHaveURL(/[?&]log=\d+/);
    await dialog.screenshot({ path: `${SHOTS}/logs-01-timeline.png` });
  });

  await test.step("the URL is the view: a reload shows the same filters and the same open request", async () => {
    await page.reload();
    await expect(dialog.getByTestId("request-explanation")).toContainText("the resource has POST only");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page).not.toHaveURL(/[?&]log=/);
    const filters = page.getByRole("form", { name: "Log filters" });
    await expect(filters.getByLabel("Status")).toHaveValue("4xx");
    await expect(filters.getByLabel("Path prefix")).toHaveValue(`/${stage}/pets/1`);
    await expect(getRows).toHaveCount(1);
  });

  await test.step("live tail: a new matching request appears by itself; while paused it is counted, then shown on resume", async () => {
    // On by default: the stage's log follows new requests without a reload.
    await expect(page.getByRole("switch", { name: "Live tail" })).toBeChecked();
    await expect(page.getByTestId("log-stream-status")).toHaveText("live");
    expect((await fetch(`${invokeUrl}pets/1`)).status).toBe(403);
    await expect(getRows).toHaveCount(2, { timeout: 45_000 });

    await page.getByRole("button", { name: "Pause" }).click();
    await expect(page.getByTestId("log-stream-status")).toHaveText("paused");
    expect((await fetch(`${invokeUrl}pets/1`)).status).toBe(403);
    await expect(page.getByTestId("live-new-count")).toHaveText("1 new", { timeout: 45_000 });
    await expect(getRows).toHaveCount(2);
    await page.getByTestId("live-new-count").click();
    await expect(getRows).toHaveCount(3);
    await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
    const explorer = page.locator("section").filter({ has: page.getByRole("form", { name: "Log filters" }) });
    await explorer.screenshot({ path: `${SHOTS}/logs-02-explorer.png` });
  });
});
