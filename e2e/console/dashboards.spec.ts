import { expect, test, type Locator, type Page } from "@playwright/test";
import { porticoEnv } from "../support/portico-env";
import { addChildResource, addMethod, callUntil, createApi, deploy, saveMock, signIn } from "./console-steps";

const SHOTS = "test-results/screenshots";
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

// Telemetry reaches the console about a second after the calls, the dashboard refreshes every 10 s: a wide margin.
const REFRESHED = { timeout: 45_000 };
const BURST = 30;

/** A totals tile's raw number (its data-value), NaN while it has none. */
async function tileValue(tile: Locator): Promise<number> {
  return Number(await tile.getAttribute("data-value"));
}

/** The number a chart's summary starts with ("31 requests"). */
async function summaryNumber(summary: Locator): Promise<number> {
  return Number(((await summary.textContent()) ?? "").replace(/,/g, "").match(/^\d+/)?.[0] ?? NaN);
}

test("a burst of calls moves the stage dashboard's Count without a reload, and shows on the API dashboard and the overview", async ({ page }) => {
  const env = porticoEnv();
  // Unique, so the test also runs against a long-lived Portico (PORTICO_E2E_CONSOLE_URL).
  const apiName = `Dashboards ${Date.now().toString(36)}`;
  const stage = "dash";
  let apiId = "";
  let invokeUrl = "";

  await test.step("sign in, design GET /pets as a mock, deploy it and call it once", async () => {
    await page.goto(`${env.consoleUrl}/apis`);
    await signIn(page, env.adminEmail, env.adminPassword);
    await expect(page).toHaveURL(/\/apis$/);
    apiId = await createApi(page, apiName, "dashboards e2e");
    await addChildResource(page, "pets", "/pets");
    await addMethod(page, "GET", "/pets");
    await saveMock(page, "200", '{"pets": []}');
    await deploy(page, stage, "first version", true);
    invokeUrl = (await page.getByTestId("invoke-url-path").textContent()) ?? "";
    await callUntil(`${invokeUrl}pets`, (status) => status === 200);
  });

  const dashboard = page.getByTestId("stage-dashboard");
  const count = dashboard.getByTestId("metric-total-count");
  const countChart = dashboard.getByTestId("chart-requests");
  let before = 0;
  let lineBefore = "";

  await test.step("the stage dashboard over 15 minutes: one-minute points, refreshing on its own", async () => {
    const ranges = dashboard.getByRole("group", { name: "Time range" });
    await ranges.getByRole("button", { name: "15 min" }).click();
    await expect(ranges.getByRole("button", { name: "15 min" })).toHaveAttribute("aria-pressed", "true");
    await expect(dashboard.getByLabel(/Auto-refresh/)).toBeChecked();
    await expect(dashboard.getByTestId("metrics-resolution")).toContainText("1-minute points");
    await expect(count).toHaveAttribute("data-value", /^\d+$/);
    before = await tileValue(count);
    lineBefore = (await countChart.locator(".recharts-line-curve").first().getAttribute("d")) ?? "";
  });

  await test.step(`${BURST} calls show up in the Count total and the Count chart within the refresh period`, async () => {
    const answers = await Promise.all(Array.from({ length: BURST }, () => fetch(`${invokeUrl}pets`).then((response) => response.status)));
    expect(answers.every((status) => status === 200)).toBe(true);
    // No reload: the 10-second auto-refresh brings the new numbers.
    await expect.poll(() => tileValue(count), REFRESHED).toBeGreaterThanOrEqual(before + BURST);
    await expect.poll(() => summaryNumber(countChart.getByTestId("chart-requests-summary")), REFRESHED).toBeGreaterThanOrEqual(before + BURST);
    await expect(countChart.locator(".recharts-line-curve").first()).not.toHaveAttribute("d", lineBefore);
    await expect(dashboard.getByTestId("metric-total-5xx-rate")).toHaveText("0%");
    await expect(dashboard.getByTestId("metric-total-p99")).toHaveText(/\d+(\.\d)? ms/);
  });

  await test.step("hovering the Count chart shows the values; a top-table row filters by its method", async () => {
    const plot = countChart.getByRole("img");
    await plot.scrollIntoViewIfNeeded();
    const box = await plot.boundingBox();
    if (!box) throw new Error("the Count chart has no box");
    // The right edge is the newest minute, where the burst landed.
    await plot.hover({ position: { x: box.width - 12, y: box.height / 2 } });
    await expect(countChart.locator(".recharts-tooltip-wrapper")).toContainText("Requests");
    await shot(page, "dashboards-01-stage");

    await dashboard.getByTestId("top-requests").getByRole("button", { name: "GET /pets" }).click();
    await expect(dashboard.getByLabel("Resource and method")).toHaveValue("GET /pets");
    await expect.poll(() => tileValue(count), REFRESHED).toBeGreaterThanOrEqual(before + BURST);
    await dashboard.getByRole("button", { name: "Clear filters" }).click();
    await expect(dashboard.getByLabel("Resource and method")).toHaveValue("");
  });

  await test.step("the API dashboard, opened from the stage, counts the same calls for this stage", async () => {
    await page.getByRole("link", { name: "API dashboard" }).click();
    await expect(page).toHaveURL(new RegExp(`/apis/${apiId}/dashboard\\?stage=${stage}&range=15m$`));
    const apiDashboard = page.getByTestId("api-dashboard");
    await expect(page.getByRole("navigation", { name: "API sections" }).getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
    await expect(apiDashboard.getByLabel("Stage", { exact: true })).toHaveValue(stage);
    await expect.poll(() => tileValue(apiDashboard.getByTestId("metric-total-count")), REFRESHED).toBeGreaterThanOrEqual(before + BURST);
    await apiDashboard.getByLabel("Stage", { exact: true }).selectOption("");
    await expect.poll(() => tileValue(apiDashboard.getByTestId("metric-total-count")), REFRESHED).toBeGreaterThanOrEqual(before + BURST);
    await shot(page, "dashboards-02-api");
  });

  await test.step("the overview lists the API with its requests and links back to its dashboard", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" }).click();
    await expect(page).toHaveURL(/\/overview$/);
    const row = page.getByTestId("overview-api-row").filter({ hasText: apiName });
    await expect.poll(async () => Number(await row.getByTestId("overview-api-count").getAttribute("data-value")), REFRESHED).toBeGreaterThanOrEqual(before + BURST);
    await expect.poll(() => tileValue(page.getByTestId("overview-total-count")), REFRESHED).toBeGreaterThanOrEqual(before + BURST);
    await shot(page, "dashboards-03-overview");
    await row.getByRole("link", { name: apiName }).click();
    await expect(page).toHaveURL(new RegExp(`/apis/${apiId}/dashboard\\?range=1h$`));
    await expect(page.getByTestId("api-dashboard")).toBeVisible();
  });
});
