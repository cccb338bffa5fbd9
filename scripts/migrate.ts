/** `npm run db:migrate`: applies migrations to DATABASE_URL (default: the embedded SQLite database). */
import { databaseUrl } from "../lib/db/database-url";
import { migrate } from "./lib/migrate";

migrate(databaseUrl(process.env)).then(
  () => console.log("Database is up to date."),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
