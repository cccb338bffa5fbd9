import type { FullConfig } from "@playwright/test";
import { startPortico } from "../../scripts/testing/portico-harness";

/**
 * Starts one real Portico for the whole run. Workers start after this returns and inherit process.env,
 * so the addresses and admin credentials travel as PORTICO_E2E_* variables. The returned function is the teardown.
 * Set PORTICO_E2E_CONSOLE_URL, _GATEWAY_URL, _ADMIN_EMAIL and _ADMIN_PASSWORD to test a Portico you started yourself.
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  // Against an already running Portico (e.g. `npm run dev`) when the caller set the addresses itself.
  if (process.env.PORTICO_E2E_CONSOLE_URL) return async () => {};
  const portico = await startPortico();
  process.env.PORTICO_E2E_CONSOLE_URL = portico.consoleUrl;
  process.env.PORTICO_E2E_GATEWAY_URL = portico.gatewayUrl;
  process.env.PORTICO_E2E_ADMIN_EMAIL = portico.adminEmail;
  process.env.PORTICO_E2E_ADMIN_PASSWORD = portico.adminPassword;
  return () => portico.stop();
}
