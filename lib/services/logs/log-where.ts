/**
 * The explorer's filters as a Prisma where clause. Every equality lands on an index of RequestLog that starts
 * with (restApiId, stageName) and ends in id, so a page is a short walk of one index in id order (keyset).
 * The rest (path prefix, time) only narrows the rows that walk reads.
 */
import type { Prisma } from "../../db";
import type { LogFilters } from "../../schemas/log-filters.schema";

/**
 * Sorts after every character a URL path holds, so [prefix, prefix + PREFIX_END) is "starts with prefix" under
 * code-point order (SQLite, PostgreSQL's C collations); under a linguistic PostgreSQL collation (ICU "en")
 * case variants of the prefix match too.
 */
const PREFIX_END = "\uffff";

/**
 * `requestId` is left out: the list finds those rows through their own indexes first (find-log-ids.ts), and the
 * tail adds requestIdWhere to its walk over new rows.
 */
export function logWhere(restApiId: string, stageName: string, filters: LogFilters): Prisma.RequestLogWhereInput {
  const where: Prisma.RequestLogWhereInput = { restApiId, stageName };
  if (filters.status && "statusClass" in filters.status) where.statusClass = filters.status.statusClass;
  if (filters.status && "status" in filters.status) {
    // The status-class index serves an exact code too: its class narrows the walk, the code checks each row.
    where.statusClass = Math.floor(filters.status.status / 100);
    where.status = filters.status.status;
  }
  if (filters.method) where.httpMethod = filters.method;
  if (filters.resourcePath) where.resourcePath = filters.resourcePath;
  if (filters.apiKeyId) where.apiKeyId = filters.apiKeyId;
  if (filters.canary !== undefined) where.canary = filters.canary;
  if (filters.errorType) where.errorType = filters.errorType;
  if (filters.path) where.path = { gte: filters.path, lt: filters.path + PREFIX_END };
  // Written as NOT (time < from) rather than time >= from: SQLite cannot use the time index for a negation,
  // so it never trades the id-ordered walk for a time range plus a sort. id bounds do the narrowing instead.
  const outside: Prisma.RequestLogWhereInput[] = [];
  if (filters.from) outside.push({ time: { lt: filters.from } });
  if (filters.to) outside.push({ time: { gt: filters.to } });
  if (outside.length > 0) where.NOT = outside;
  return where;
}

/** requestId, extendedRequestId or traceId equal to `value`. */
export function requestIdWhere(value: string): Prisma.RequestLogWhereInput {
  return { OR: [{ requestId: value }, { extendedRequestId: value }, { traceId: value }] };
}
