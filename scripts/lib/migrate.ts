/** Applies Prisma migrations to the configured database (SQLite file or PostgreSQL, optionally a schema). */
import { mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { isPostgresUrl, sqliteFilePath } from "../../lib/db/database-url";
import { splitPgUrl } from "../../lib/db/pg-url";
import { runPrisma, writePostgresSchema } from "../prisma";

/**
 * `ownSchema`: the caller made a fresh schema nobody else migrates (tests). Prisma's migrate takes one
 * database-wide advisory lock with a 10 s timeout (the WebAssembly engine ignores
 * PRISMA_SCHEMA_DISABLE_ADVISORY_LOCK), so many test files migrating their own schemas at once can time out
 * waiting for each other: such a migration is retried, which is safe because `migrate deploy` is idempotent.
 */
export async function migrate(databaseUrl: string, opts: { quiet?: boolean; ownSchema?: boolean } = {}): Promise<void> {
  if (isPostgresUrl(databaseUrl)) {
    writePostgresSchema();
    const { connectionString, schema } = splitPgUrl(databaseUrl);
    if (schema) {
      const client = new pg.Client({ connectionString });
      await client.connect();
      try {
        await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, '""')}"`);
      } finally {
        await client.end();
      }
    }
  } else {
    mkdirSync(path.dirname(path.resolve(sqliteFilePath(databaseUrl))), { recursive: true });
  }
  const attempts = opts.ownSchema ? 4 : 1;
  let status = 1;
  for (let attempt = 1; attempt <= attempts && status !== 0; attempt++) {
    status = runPrisma(["migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl }, opts.quiet ? "pipe" : "inherit");
  }
  if (status !== 0) throw new Error(`Database migration failed (prisma migrate deploy exited ${status}).`);
}
