/**
 * The log search stays an index walk: every SQL statement the list, detail and tail services send is run
 * through SQLite's EXPLAIN QUERY PLAN, which must show no full scan of RequestLog (of the table or of a whole
 * index) and no sort of its rows for ORDER BY. Timing is bench/log-search.ts's job; this proves the shape.
 */
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma-sqlite/client";
import { setDb } from "@/lib/db";
import { createRestApi } from "@/lib/services/rest-apis/create-rest-api";
import { ingestTelemetry } from "@/lib/services/runtime/ingest-telemetry";
import { useTestDatabase } from "@/lib/services/testing/test-database";
import { listRequestLogs } from "@/lib/services/telemetry/list-request-logs";
import { getRequestLogOrThrow } from "./get-request-log-or-throw";
import { openLogTail } from "./log-tail";
import { logRecord } from "./log-test-records";

let cleanup: (() => Promise<void>) | undefined;
let logged: ReturnType<typeof loggingClient>;
let capturing = false;
const statements: { sql: string; params: unknown[] }[] = [];
let apiId = "";

/** A second client on the test's database file that reports every statement it sends. */
function loggingClient(url: string) {
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }), log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => {
    if (capturing) statements.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] });
  });
  return client;
}

beforeAll(async () => {
  ({ cleanup } = await useTestDatabase("sqlite"));
  logged = loggingClient(`file:${path.join(process.env.PORTICO_DATA_DIR!, "test.db")}`);
  setDb(logged);
  apiId = (await createRestApi({ name: "plans" })).id;
  const logs = Array.from({ length: 30 }, (_, i) => logRecord(apiId, "prod", i, i % 3 === 0 ? { status: 404, errorType: "MISSING_AUTHENTICATION_TOKEN" } : {}));
  await ingestTelemetry({ runtimeId: "t", logs, metrics: [], droppedLogs: 0 });
}, 60_000);
afterAll(async () => {
  await logged?.$disconnect();
  await cleanup?.();
});

async function plansOf(run: () => Promise<unknown>): Promise<{ sql: string; plan: string[] }[]> {
  statements.length = 0;
  capturing = true;
  try {
    await run();
  } finally {
    capturing = false;
  }
  const reads = statements.filter((s) => s.sql.startsWith("SELECT") && s.sql.includes("RequestLog"));
  expect(reads.length).toBeGreaterThan(0);
  return Promise.all(
    reads.map(async ({ sql, params }) => {
      const rows = (await logged.$queryRawUnsafe(`EXPLAIN QUERY PLAN ${sql}`, ...params)) as { detail: string }[];
      return { sql, plan: rows.map((row) => row.detail) };
    }),
  );
}

const FILTERS: Record<string, Record<string, string>> = {
  none: {},
  "a deep page": { before: "12" },
  "status class": { status: "4xx" },
  "exact status": { status: "404" },
  method: { method: "GET" },
  resourcePath: { resourcePath: "/pets/{id}" },
  "path prefix": { path: "/prod/pets" },
  apiKeyId: { apiKeyId: "k1" },
  canary: { canary: "true" },
  errorType: { errorType: "MISSING_AUTHENTICATION_TOKEN" },
  from: { from: "2026-03-01T00:00:10Z" },
  to: { to: "2026-03-01T00:00:20Z" },
  "time range": { from: "2026-03-01T00:00:10Z", to: "2026-03-01T00:00:20Z" },
  requestId: { requestId: "req-7" },
  traceId: { requestId: "7".padStart(32, "0") },
  "everything at once": { status: "4xx", method: "GET", path: "/prod", from: "2026-03-01T00:00:01Z", to: "2026-03-01T00:00:29Z", errorType: "MISSING_AUTHENTICATION_TOKEN", before: "25" },
};

function expectIndexWalk(plans: { sql: string; plan: string[] }[]) {
  for (const { sql, plan } of plans) {
    const steps = plan.join(" ; ");
    // "SCAN RequestLog" reads every row, "SCAN RequestLog USING INDEX" every index entry; a SEARCH is a range.
    expect(steps, sql).not.toMatch(/SCAN (main\.)?RequestLog\b/);
    expect(steps, sql).toMatch(/SEARCH (main\.)?RequestLog USING/);
    expect(steps, sql).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  }
}

/** The column whose index an equality filter must walk. */
const INDEXED_BY: Record<string, string> = {
  "status class": "statusClass",
  "exact status": "statusClass",
  method: "httpMethod",
  resourcePath: "resourcePath",
  apiKeyId: "apiKeyId",
  canary: "canary",
  errorType: "errorType",
};

describe("log search query plans on SQLite", () => {
  for (const [name, query] of Object.entries(FILTERS)) {
    it(`walks an index in id order when filtering by ${name}`, async () => {
      const plans = await plansOf(() => listRequestLogs(apiId, "prod", query));
      expectIndexWalk(plans);
      const column = INDEXED_BY[name];
      if (column) expect(plans.at(-1)?.plan.join(" ; ")).toMatch(new RegExp(`USING INDEX RequestLog_restApiId_stageName_${column}_id_idx`));
    });
  }

  it("reads one request by its id", async () => {
    expectIndexWalk(await plansOf(() => getRequestLogOrThrow(apiId, "prod", "3")));
  });

  it("tails from an id, counting skipped rows on an index too", async () => {
    for (const query of [{}, { status: "4xx" }, { requestId: "req-3" }]) {
      const tail = await openLogTail(apiId, "prod", query, "1");
      const plans = await plansOf(async () => {
        await tail.poll(0);
        tail.afterId = 0;
        await tail.poll(10_000);
      });
      expectIndexWalk(plans.filter((p) => !p.sql.startsWith("SELECT COUNT")));
      for (const { sql, plan } of plans.filter((p) => p.sql.startsWith("SELECT COUNT"))) {
        expect(plan.join(" ; "), sql).toMatch(/SEARCH (main\.)?RequestLog USING/);
      }
    }
  });
});
