/**
 * Log retention, Portico's answer to a CloudWatch log group's retention setting: for every stage with request
 * logs, rows older than its logRetention.days go, then the oldest rows beyond its logRetention.maxRows. Logs of
 * stages that no longer exist follow the default retention. Exported for the control plane's job scheduler.
 *
 * Every delete is one short statement on at most `batchSize` rows picked through an index, so a backlog of
 * millions of rows never holds the database (SQLite's single writer above all) for long: ingest and console
 * writes slip in between the chunks.
 */
import { DEFAULT_LOG_RETENTION, readStageSettings, type LogRetention } from "../../domain/stage-settings";
import { db } from "../../db";

const DAY_MS = 86_400_000;
const DEFAULT_BATCH_SIZE = 1_000;

export interface LogRetentionResult {
  deletedByAge: number;
  deletedByCap: number;
}

export async function enforceLogRetention(now: Date, options: { batchSize?: number } = {}): Promise<LogRetentionResult> {
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const stages = await db().stage.findMany({ select: { restApiId: true, stageName: true, settings: true } });
  const retention = new Map<string, LogRetention>(
    stages.map((stage) => [stageKey(stage.restApiId, stage.stageName), readStageSettings(stage.settings).logRetention]),
  );
  const result: LogRetentionResult = { deletedByAge: 0, deletedByCap: 0 };
  for await (const { restApiId, stageName } of stagesWithLogs()) {
    const rule = retention.get(stageKey(restApiId, stageName)) ?? DEFAULT_LOG_RETENTION;
    result.deletedByAge += await deleteOlderThan(restApiId, stageName, new Date(now.getTime() - rule.days * DAY_MS), batchSize);
    result.deletedByCap += await deleteBeyondCap(restApiId, stageName, rule.maxRows, batchSize);
  }
  return result;
}

const stageKey = (restApiId: string, stageName: string) => `${restApiId}/${stageName}`;
const STAGE_COLUMNS = { restApiId: true, stageName: true } as const;

/**
 * Each (restApiId, stageName) that has logs, deleted stages included, found by seeking the (restApiId,
 * stageName, ...) indexes once per stage (a loose index scan) rather than grouping every row.
 */
async function* stagesWithLogs(): AsyncGenerator<{ restApiId: string; stageName: string }> {
  const next = (where: object) =>
    db().requestLog.findFirst({ where, select: STAGE_COLUMNS, orderBy: [{ restApiId: "asc" }, { stageName: "asc" }] });
  let current = await next({});
  while (current) {
    yield current;
    const { restApiId, stageName } = current;
    current = (await next({ restApiId, stageName: { gt: stageName } })) ?? (await next({ restApiId: { gt: restApiId } }));
  }
}

/** Walks the (restApiId, stageName, time) index from the oldest row up to the cut-off, a chunk at a time. */
async function deleteOlderThan(restApiId: string, stageName: string, cutoff: Date, batchSize: number): Promise<number> {
  return deleteInChunks(batchSize, () =>
    db().requestLog.findMany({
      where: { restApiId, stageName, time: { lt: cutoff } },
      select: { id: true },
      orderBy: { time: "asc" },
      take: batchSize,
    }),
  );
}

/**
 * Keeps the newest `maxRows` by id. Ids grow in insertion order, which follows time within a runtime's flush
 * interval, and the (restApiId, stageName, id) index gives an exact boundary (equal times would not).
 */
async function deleteBeyondCap(restApiId: string, stageName: string, maxRows: number, batchSize: number): Promise<number> {
  const boundary = await db().requestLog.findFirst({
    where: { restApiId, stageName },
    select: { id: true },
    orderBy: { id: "desc" },
    skip: maxRows,
  });
  if (!boundary) return 0;
  return deleteInChunks(batchSize, () =>
    db().requestLog.findMany({
      where: { restApiId, stageName, id: { lte: boundary.id } },
      select: { id: true },
      orderBy: { id: "asc" },
      take: batchSize,
    }),
  );
}

/** Picks a chunk, deletes it by primary key, and goes on until a chunk comes back short. */
async function deleteInChunks(batchSize: number, pick: () => Promise<{ id: number }[]>): Promise<number> {
  let deleted = 0;
  for (;;) {
    const rows = await pick();
    if (rows.length === 0) return deleted;
    const { count } = await db().requestLog.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
    deleted += count;
    // A short chunk was the last one; an empty pick would only cost another query.
    if (rows.length < batchSize) return deleted;
  }
}
