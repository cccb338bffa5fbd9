/**
 * Starts a real Portico for tests: the built console (next start) and the gateway runtime on free ports,
 * with a fresh SQLite database in a temp folder, or the given PostgreSQL URL isolated in its own schema.
 * The console is built first when no current build exists (once, even when several test files ask at once).
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { splitPgUrl } from "../../lib/db/pg-url";
import { ensureBuildShared } from "../lib/build";
import { migrate } from "../lib/migrate";
import { freePort, outputTail, startConsole, startGateway, stopChild, waitForHttp } from "../lib/processes";

export interface PorticoInstance {
  consoleUrl: string;
  gatewayUrl: string;
  gatewayPort: number;
  accessKeyId: string;
  secretAccessKey: string;
  adminEmail: string;
  adminPassword: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

function isolatedPgUrl(base: string): { url: string; schema: string } {
  const schema = `portico_test_${randomBytes(5).toString("hex")}`;
  const parsed = new URL(base);
  parsed.searchParams.set("schema", schema);
  return { url: parsed.toString(), schema };
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: splitPgUrl(url).connectionString });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

export async function startPortico(opts: { databaseUrl?: string; env?: Record<string, string> } = {}): Promise<PorticoInstance> {
  await ensureBuildShared((line) => console.log(`[portico-harness] ${line}`));
  const dir = mkdtempSync(path.join(tmpdir(), "portico-test-"));
  const pgTarget = opts.databaseUrl ? isolatedPgUrl(opts.databaseUrl) : undefined;
  const databaseUrl = pgTarget?.url ?? `file:${path.join(dir, "portico.db")}`;
  await migrate(databaseUrl, { quiet: true, ownSchema: pgTarget !== undefined });

  const [consolePort, gatewayPort, adminPort] = [await freePort(), await freePort(), await freePort()];
  const credentials = {
    accessKeyId: `AKIATEST${randomBytes(6).toString("hex").toUpperCase()}`,
    secretAccessKey: randomBytes(24).toString("base64url"),
    adminEmail: "admin@example.com",
    adminPassword: `pw-${randomBytes(8).toString("hex")}`,
  };
  const env = {
    DATABASE_URL: databaseUrl,
    PORTICO_DATA_DIR: dir,
    PORTICO_INTERNAL_TOKEN: randomBytes(16).toString("hex"),
    PORTICO_CONTROL_PLANE_URL: `http://127.0.0.1:${consolePort}`,
    PORTICO_GATEWAY_URL: `http://localhost:${gatewayPort}`,
    GATEWAY_ADMIN_PORT: String(adminPort),
    PORTICO_RUNTIME_ADMIN_URL: `http://127.0.0.1:${adminPort}`,
    PORTICO_RUNTIME_POLL_MS: "100",
    PORTICO_ACCESS_KEY_ID: credentials.accessKeyId,
    PORTICO_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    PORTICO_ADMIN_EMAIL: credentials.adminEmail,
    PORTICO_ADMIN_PASSWORD: credentials.adminPassword,
    NEXT_TELEMETRY_DISABLED: "1",
    ...opts.env,
  };
  const consoleChild = startConsole({ port: consolePort, env, output: "quiet" });
  const gatewayChild = startGateway({ port: gatewayPort, env, output: "quiet" });
  const stop = async () => {
    await Promise.all([stopChild(consoleChild, 5000), stopChild(gatewayChild, 5000)]);
    if (pgTarget && opts.databaseUrl) await dropSchema(opts.databaseUrl, pgTarget.schema);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForHttp(`http://127.0.0.1:${consolePort}/login`, 60_000, consoleChild);
    await waitForHttp(`http://127.0.0.1:${gatewayPort}/`, 30_000, gatewayChild);
  } catch (error) {
    const detail = `console output:\n${outputTail(consoleChild)}\ngateway output:\n${outputTail(gatewayChild)}`;
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${detail}`);
  }
  return {
    consoleUrl: `http://127.0.0.1:${consolePort}`,
    gatewayUrl: `http://127.0.0.1:${gatewayPort}`,
    gatewayPort,
    databaseUrl,
    ...credentials,
    stop,
  };
}
