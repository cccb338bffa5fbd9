import { expect, test } from "@playwright/test";
import { porticoEnv } from "../support/portico-env";
import { addMethod, createApi, deploy, saveMock, selectResource, signIn } from "./console-steps";

test("a stage's logging panel checks the access log format as it is typed, shows a sample line and saves format, destination and retention", async ({ page }) => {
  const env = porticoEnv();
  const apiName = `Logging ${Date.now().toString(36)}`;

  await test.step("sign in, design GET / as a mock and deploy it to a new stage", async () => {
    await page.goto(`${env.consoleUrl}/apis`);
    await signIn(page, env.adminEmail, env.adminPassword);
    await createApi(page, apiName, "logging panel e2e");
    await selectResource(page, "/");
    await addMethod(page, "GET", "/");
    await saveMock(page, "200", '{"ok": true}');
    await deploy(page, "logs", "first", true);
  });

  const panel = page.getByRole("region", { name: "Logging" });
  const format = panel.getByRole("textbox", { name: "Log format" });
  const save = panel.getByRole("button", { name: "Save logging settings" });

  await test.step("access logging starts off; turning it on offers the presets and a sample line", async () => {
    await expect(panel.getByText("ACCESS LOG OFF")).toBeVisible();
    await expect(format).toBeHidden();
    await panel.getByLabel("Write an access log line for every request").check();
    await panel.getByRole("button", { name: "JSON" }).click();
    await expect(format).toHaveValue(/^\{ "requestId":"\$context\.requestId"/);
    await expect(panel.getByTestId("access-log-sample")).toContainText('"httpMethod":"GET", "resourcePath":"/pets/{id}", "status":"200"');
  });

  await test.step("a format AWS refuses shows why and cannot be saved", async () => {
    await format.fill("$context.identity.sourceIp $context.status");
    await expect(panel.getByRole("alert")).toHaveText("The access log format must include $context.requestId or $context.extendedRequestId.");
    await expect(panel.getByTestId("access-log-sample")).toHaveText("Fix the format to see a sample line.");
    await expect(save).toBeDisabled();
    await format.fill("$context.requestId $context.status $context.bogus");
    await expect(panel.getByRole("alert")).toHaveText("Unknown access log variable: $context.bogus.");
    await expect(save).toBeDisabled();
  });

  await test.step("a valid format, a destination and a week of retention are saved and still there after a reload", async () => {
    await format.fill("$context.requestId $context.httpMethod $context.status");
    await expect(panel.getByTestId("access-log-sample")).toHaveText("c6af9ac6-7b61-11e6-9a41-93e8deadbeef GET 200");
    await panel.getByLabel("Destination ARN (optional)").fill("arn:aws:logs:us-east-1:123456789012:log-group:portico-e2e");
    await panel.getByLabel("Keep logs for (days)").fill("0");
    await expect(panel.getByRole("alert")).toHaveText("Logs are kept between 1 and 3653 days.");
    await expect(save).toBeDisabled();
    await panel.getByLabel("Keep logs for (days)").fill("7");
    await panel.getByLabel("Keep at most (rows)").fill("50,000");
    await panel.screenshot({ path: "test-results/screenshots/stage-logging-panel.png" });
    await save.click();
    await expect(panel.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expect(panel.getByText("ACCESS LOG ON")).toBeVisible();

    await page.reload();
    await expect(format).toHaveValue("$context.requestId $context.httpMethod $context.status");
    await expect(panel.getByLabel("Destination ARN (optional)")).toHaveValue("arn:aws:logs:us-east-1:123456789012:log-group:portico-e2e");
    await expect(panel.getByLabel("Keep logs for (days)")).toHaveValue("7");
    await expect(panel.getByLabel("Keep at most (rows)")).toHaveValue("50000");
  });

  await test.step("execution log levels are pointed to, not repeated; turning access logging off saves null", async () => {
    await panel.getByRole("link", { name: "Method settings" }).click();
    await expect(page).toHaveURL(/#method-defaults-heading$/);
    await panel.getByLabel("Write an access log line for every request").uncheck();
    await save.click();
    await expect(panel.getByText("ACCESS LOG OFF")).toBeVisible();
    await expect(panel.getByRole("button", { name: "Reset" })).toBeDisabled();
  });
});
