/** A migrated, throw-away database for service tests: SQLite in a temp folder, or a PostgreSQL schema. */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { migrate } from "../../../scripts/lib/migrate";
import { createDb, setDb, type Db } from "../../db";
import { splitPgUrl } from "../../db/pg-url";

export async function useTestDatabase(kind: "sqlite" | "postgres"): Promise<{ db: Db; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), "portico-svc-"));
  process.env.PORTICO_DATA_DIR = dir;
  let url = `file:${path.join(dir, "test.db")}`;
  let schema: string | undefined;
  if (kind === "postgres") {
    const parsed = new URL(process.env.TEST_DATABASE_URL!);
    schema = `portico_svc_${randomBytes(5).toString("hex")}`;
    parsed.searchParams.set("schema", schema);
    url = parsed.toString();
  }
  await migrate(url, { quiet: true, ownSchema: schema !== undefined });
  const db = createDb(url);
  setDb(db);
  return {
    db,
    async cleanup() {
      await db.$disconnect();
      if (schema) {
        const client = new pg.Client({ connectionString: splitPgUrl(process.env.TEST_DATABASE_URL!).connectionString });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
