/** Settings read from the environment, in one place. Defaults make `npm start` work with nothing set. */
export const env = {
  /** Shown in ARNs and AWS error messages; Portico is one account. */
  accountId: process.env.PORTICO_ACCOUNT_ID ?? "000000000000",
  region: process.env.PORTICO_REGION ?? "us-east-1",
  gatewayPort: Number(process.env.GATEWAY_PORT ?? 4000),
  /** Base URL users call the gateway on (what the console shows). */
  gatewayPublicUrl: process.env.PORTICO_GATEWAY_URL ?? `http://localhost:${process.env.GATEWAY_PORT ?? 4000}`,
  internalToken: process.env.PORTICO_INTERNAL_TOKEN ?? "",
} as const;
