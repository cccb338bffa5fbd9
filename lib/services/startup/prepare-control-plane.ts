import { db } from "../../db";
import { isPostgresUrl, databaseUrl } from "../../db/database-url";
import { ensureEnvAccessKey } from "../access-keys/ensure-env-access-key";
import { bootstrapAdmin } from "../auth/bootstrap-admin";
import { setFunctionInvoker } from "../functions/function-invoker";
import { RuntimeFunctionInvoker } from "../functions/runtime-invoker";
import { startBackgroundJobs, type RunningJobs } from "../jobs/background-jobs";
import { enforceLogRetention } from "../logs/enforce-log-retention";
import { rollUpMetrics } from "../metrics/roll-up-metrics";

let jobs: RunningJobs | null = null;

/** What the console server does once at start, before serving: database pragmas, first admin, bootstrap key. */
export async function prepareControlPlane(env: Record<string, string | undefined>): Promise<void> {
  if (env.PORTICO_RUNTIME_ADMIN_URL && env.PORTICO_INTERNAL_TOKEN) {
    setFunctionInvoker(new RuntimeFunctionInvoker(env.PORTICO_RUNTIME_ADMIN_URL, env.PORTICO_INTERNAL_TOKEN));
  }
  if (!isPostgresUrl(databaseUrl(env))) {
    // WAL lets the live log tail read while the runtime's batches are written; busy_timeout waits out short locks.
    await db().$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db().$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  }
  const admin = await bootstrapAdmin({ email: env.PORTICO_ADMIN_EMAIL, password: env.PORTICO_ADMIN_PASSWORD });
  if (admin?.generatedPassword) {
    // Printed once, to the terminal only: it is not stored anywhere in plain text.
    console.log(
      `\n  Portico administrator created\n    e-mail:   ${admin.email}\n    password: ${admin.generatedPassword}\n  (shown once; set PORTICO_ADMIN_EMAIL / PORTICO_ADMIN_PASSWORD to choose your own)\n`,
    );
  } else if (admin) {
    console.log(`Portico administrator created: ${admin.email}`);
  }
  if (await ensureEnvAccessKey(env.PORTICO_ACCESS_KEY_ID, env.PORTICO_SECRET_ACCESS_KEY)) {
    console.log(`Management API access key from PORTICO_ACCESS_KEY_ID is active: ${env.PORTICO_ACCESS_KEY_ID}`);
  }
  // Retention and rollups are idempotent and chunked, so every control-plane process may run them; they are
  // off only where a test wants the tables to itself (PORTICO_BACKGROUND_JOBS=0).
  if (env.PORTICO_BACKGROUND_JOBS !== "0" && !jobs) {
    jobs = startBackgroundJobs(
      [
        { name: "metrics-rollup", intervalMs: 60_000, run: (now) => rollUpMetrics(now) },
        { name: "log-retention", intervalMs: 5 * 60_000, run: (now) => enforceLogRetention(now) },
      ],
      { warn: (message) => console.warn(message), info: (message) => console.log(message) },
    );
  }
}
