/**
 * The one Prisma client of the control plane. SQLite (embedded default) or PostgreSQL, picked by DATABASE_URL.
 * Prisma's query compiler is provider-specific, so each provider has its own generated client; both come from
 * the same models (scripts/prisma.ts), so one type serves both.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../../generated/prisma-sqlite/client";
import { PrismaClient as PgClient } from "../../generated/prisma-pg/client";
import { databaseUrl, isPostgresUrl, sqliteUrl } from "./database-url";
import { splitPgUrl } from "./pg-url";

export type Db = SqliteClient;
export type { Prisma } from "../../generated/prisma-sqlite/client";

export function createDb(url: string): Db {
  if (isPostgresUrl(url)) {
    const { connectionString, schema } = splitPgUrl(url);
    // Same models and the same generated API surface; only the query compiler differs.
    return new PgClient({ adapter: new PrismaPg({ connectionString }, { schema }) }) as unknown as Db;
  }
  const client = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: sqliteUrl(url) }) });
  return client;
}

const globalForDb = globalThis as unknown as { porticoDb?: Db };

/** Lazily created so importing a module never opens a database; kept on globalThis across hot reloads. */
export function db(): Db {
  globalForDb.porticoDb ??= createDb(databaseUrl(process.env));
  return globalForDb.porticoDb;
}

/** Tests point services at their own database. */
export function setDb(client: Db): void {
  globalForDb.porticoDb = client;
}
