/**
 * A live tail of a stage's request logs: what arrived since the last poll, newest first within a rate bound.
 * Each poll is one walk of an id-ordered index from the last id sent, so a poll costs what arrived, not what is
 * stored.
 */
import { db, type Prisma } from "../../db";
import { logFiltersSchema } from "../../schemas/log-filters.schema";
import { findRestApiRowOrThrow } from "../lookups";
import { parseInput } from "../parse-input";
import { logWhere, requestIdWhere } from "./log-where";
import { SUMMARY_SELECT, toSummary, type RequestLogSummary } from "./request-log-views";
import { SendBudget } from "./send-budget";

/** The most records one connection receives per second; the rest are counted in a `skipped` event. */
export const TAIL_RECORDS_PER_SECOND = 20;
// Counting skipped rows stops here: a client resuming from a very old Last-Event-ID learns "at least this many".
const MAX_SKIPPED_COUNT = 100_000;

export type LogTailEvent =
  | { event: "logs"; data: { records: RequestLogSummary[] }; id: number }
  | { event: "skipped"; data: { count: number } };

export class LogTail {
  private readonly budget: SendBudget;

  constructor(
    private readonly where: Prisma.RequestLogWhereInput,
    /** The last id the client has seen (or skipped); the next poll starts after it. */
    public afterId: number,
    perSecond = TAIL_RECORDS_PER_SECOND,
  ) {
    this.budget = new SendBudget(perSecond);
  }

  /** The event that opens the stream: no records yet, and the id to resume after on reconnect. */
  opening(): LogTailEvent {
    return { event: "logs", data: { records: [] }, id: this.afterId };
  }

  /** New matching records since the previous poll: the newest the budget allows, oldest first, then what was skipped. */
  async poll(nowMs: number): Promise<LogTailEvent[]> {
    const allowed = this.budget.available(nowMs);
    // Out of budget: leave the rows for the next poll, which sends the newest of them and counts the rest.
    if (allowed === 0) return [];
    const rows = await db().requestLog.findMany({
      where: { ...this.where, id: { gt: this.afterId } },
      select: SUMMARY_SELECT,
      orderBy: { id: "desc" },
      take: allowed + 1,
    });
    if (rows.length === 0) return [];
    const newestId = rows[0].id;
    const sent = rows.slice(0, allowed);
    const skipped =
      rows.length > allowed
        ? (await db().requestLog.count({ where: { ...this.where, id: { gt: this.afterId, lte: newestId } }, take: MAX_SKIPPED_COUNT })) - allowed
        : 0;
    this.afterId = newestId;
    this.budget.spend(sent.length, nowMs);
    const events: LogTailEvent[] = [{ event: "logs", data: { records: sent.reverse().map(toSummary) }, id: newestId }];
    if (skipped > 0) events.push({ event: "skipped", data: { count: skipped } });
    return events;
  }
}

/**
 * Starts a tail after the stage's newest record (any record stored later has a larger id, whatever the filters),
 * or after `lastEventId` when a reconnecting EventSource sends one.
 */
export async function openLogTail(restApiId: string, stageName: string, input: unknown, lastEventId?: string | null): Promise<LogTail> {
  const filters = parseInput(logFiltersSchema, input);
  await findRestApiRowOrThrow(restApiId);
  const where = { ...logWhere(restApiId, stageName, filters), ...(filters.requestId ? requestIdWhere(filters.requestId) : {}) };
  if (lastEventId && /^\d{1,15}$/.test(lastEventId.trim())) return new LogTail(where, Number(lastEventId.trim()));
  const newest = await db().requestLog.findFirst({ where: { restApiId, stageName }, orderBy: { id: "desc" }, select: { id: true } });
  return new LogTail(where, newest?.id ?? 0);
}
