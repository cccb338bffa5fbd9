/** Applies Prisma migrations to the configured database (SQLite file or PostgreSQL, optionally a schema). */
import { mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { isPostgresUrl, sqliteFilePath } from "../../lib/db/database-url";
import { splitPgUrl } from "../../lib/db/pg-url";
import { runPrisma, writePostgresSchema } from "../prisma";

export async function migrate(databaseUrl: string, opts: { quiet?: boolean } = {}): Promise<void> {
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
  const status = runPrisma(["migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl }, opts.quiet ? "pipe" : "inherit");
  if (status !== 0) throw new Error(`Database migration failed (prisma migrate deploy exited ${status}).`);
}
