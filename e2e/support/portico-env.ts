/** What global-setup.ts started, as the tests see it. */
export interface PorticoEnv {
  consoleUrl: string;
  gatewayUrl: string;
  adminEmail: string;
  adminPassword: string;
}

export function porticoEnv(): PorticoEnv {
  const read = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set: run the tests through playwright.config.ts (its global setup starts Portico).`);
    return value;
  };
  return {
    consoleUrl: read("PORTICO_E2E_CONSOLE_URL"),
    gatewayUrl: read("PORTICO_E2E_GATEWAY_URL"),
    adminEmail: read("PORTICO_E2E_ADMIN_EMAIL"),
    adminPassword: read("PORTICO_E2E_ADMIN_PASSWORD"),
  };
}
