/**
 * PostgreSQL URLs may carry Prisma's `?schema=name`; node-postgres would send it to the server as a startup
 * parameter and fail, so it is taken out and applied as the search_path instead.
 */
export function splitPgUrl(url: string): { connectionString: string; schema?: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  parsed.searchParams.delete("schema");
  return { connectionString: parsed.toString(), schema };
}
