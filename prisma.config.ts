import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { CatalogSafePool } from "./lib/db/catalog-safe-pool";
import { databaseUrl, isPostgresUrl, sqliteUrl } from "./lib/db/database-url";
import { splitPgUrl } from "./lib/db/pg-url";

const url = databaseUrl(process.env);
const postgres = isPostgresUrl(url);

// Prisma 6.19 with driver adapters and the WebAssembly schema engine: nothing is downloaded (DEVELOPERS.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  adapter: async () => {
    if (!postgres) return new PrismaBetterSQLite3({ url: sqliteUrl(url) });
    const { connectionString, schema } = splitPgUrl(url);
    const pool = new CatalogSafePool({ connectionString, ...(schema ? { options: `-c search_path="${schema}"` } : {}) });
    return new PrismaPg(pool, { schema });
  },
});
