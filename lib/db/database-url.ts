/** Where Portico keeps its data: SQLite in data/portico.db unless DATABASE_URL names PostgreSQL. */
export const DEFAULT_DATABASE_URL = "file:./data/portico.db";

export function databaseUrl(env: Record<string, string | undefined>): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function isPostgresUrl(url: string): boolean {
  return url.startsWith("postgres://") || url.startsWith("postgresql://");
}

/** better-sqlite3's adapter wants a path-like URL; relative paths resolve against the working directory. */
export function sqliteUrl(url: string): string {
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must be file:... (SQLite) or postgresql://... (got ${url.split(":")[0]}:...)`);
  return url;
}

/** The file a SQLite URL points at, so the start script can create its folder. */
export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}
