import { defineConfig } from "@playwright/test";

/**
 * Browser tests of the console. A global setup starts a real Portico (built console + gateway) once per run;
 * tests read its addresses from env (see e2e/support/portico-env.ts).
 * The browser is Debian's chromium: Playwright's own browser downloads are not available offline.
 */
export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results/playwright",
  globalSetup: "./e2e/support/global-setup.ts",
  // One Portico is shared; the click-through runs its steps in order.
  workers: 1,
  fullyParallel: false,
  // First run includes a production build of the console (about two minutes) inside global setup.
  globalTimeout: 20 * 60_000,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]] : "list",
  use: {
    viewport: { width: 1280, height: 800 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.PORTICO_CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
      ],
    },
  },
});
