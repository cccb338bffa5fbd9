/**
 * The retention job's statements, as Prisma sends them to SQLite, go through RequestLog's indexes: SQLite's own
 * query plan for each is read back, so a change that turns a chunk pick into a table scan fails here.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma-sqlite/client";
import { setDb, type Db } from "@/lib/db";
import { migrate } from "@/scripts/lib/migrate";
import { enforceLogRetention } from "./enforce-log-retention";

const dir = mkdtempSync(path.join(tmpdir(), "portico-plan-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("reads and deletes request logs through indexes only, never a scan of the table", async () => {
  const file = path.join(dir, "plan.db");
  await migrate(`file:${file}`, { quiet: true, ownSchema: false });
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }), log: [{ emit: "event", level: "query" }] });
  const statements = new Set<string>();
  client.$on("query", (event) => statements.add(event.query));
  setDb(client as unknown as Db);
  const row = { extendedRequestId: "x", restApiId: "api1", httpMethod: "GET", path: "/", status: 200, latencyMs: 1, sourceIp: "203.0.113.7", protocol: "HTTP/1.1", responseLength: 0 };
  await client.requestLog.createMany({
    // An old row of a stage without settings (the age pick and a delete), and a recent one (the cap boundary).
    data: [{ ...row, requestId: "old", stageName: "gone", time: new Date(0) }, { ...row, requestId: "new", stageName: "prod", time: new Date() }],
  });
  statements.clear();
  await enforceLogRetention(new Date(), { batchSize: 5 });
  await client.$disconnect();

  const sqlite = new Database(file, { readonly: true });
  const plans = [...statements]
    .filter((sql) => sql.includes("RequestLog"))
    .map((sql) => {
      const params = Array.from(sql.match(/\?/g) ?? [], () => "x");
      const details = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
      return details.map((d) => d.detail).join(" | ");
    });
  sqlite.close();
  // The age pick, a delete by primary key, the cap boundary and the seeks from one stage to the next.
  expect(plans.length).toBeGreaterThanOrEqual(5);
  for (const plan of plans) expect(plan).toMatch(/RequestLog USING (COVERING INDEX \w+|INTEGER PRIMARY KEY)/);
  expect(plans.some((plan) => plan.includes("RequestLog_restApiId_stageName_time_idx (restApiId=? AND stageName=? AND time<?)"))).toBe(true);
  expect(plans.some((plan) => plan.includes("RequestLog_restApiId_stageName_id_idx (restApiId=? AND stageName=?)"))).toBe(true);
});
