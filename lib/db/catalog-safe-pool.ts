import pg from "pg";

/**
 * adapter-pg rejects catalog columns of type `name` (OID 19) that Prisma's schema engine reads while migrating
 * (prisma/orm#27403); this pool reports them as text (OID 25). Only the migration CLI needs it.
 */
export class CatalogSafePool extends pg.Pool {
  // pg's query() is heavily overloaded; forwarding the arguments untouched keeps every overload working.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override async query(...args: any[]): Promise<any> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (await (super.query as (...a: any[]) => Promise<pg.QueryResult>)(...args)) as pg.QueryResult;
    for (const field of result?.fields ?? []) if (field.dataTypeID === 19) field.dataTypeID = 25;
    return result;
  }
}
