/**
 * `npx tsx bench/log-search.ts`: the request-log search at scale. Fills a temporary SQLite database with
 * 1,000,000 request logs (raw multi-row INSERTs in transactions), then times the console's list service
 * (listRequestLogs, the code behind GET .../stages/{stage}/logs) for each filter kind: the first page and a deep
 * page (`before` an id 90% of the way back). Each is timed twice: through the service (Prisma included), and as
 * the SQL statements the service sent, run again straight on the driver, which is what the indexes decide.
 * With TEST_DATABASE_URL the same runs on PostgreSQL in a schema of its own, dropped afterwards.
 *   BENCH_LOG_ROWS (1000000)  BENCH_LOG_RUNS (5: the median of this many timed runs, after one warm-up)
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import pg from "pg";
import { PrismaClient as PgClient } from "../generated/prisma-pg/client";
import { PrismaClient as SqliteClient } from "../generated/prisma-sqlite/client";
import { setDb, type Db } from "../lib/db";
import { splitPgUrl } from "../lib/db/pg-url";
import { createRestApi } from "../lib/services/rest-apis/create-rest-api";
import { listRequestLogs } from "../lib/services/telemetry/list-request-logs";
import { migrate } from "../scripts/lib/migrate";

const ROWS = Number(process.env.BENCH_LOG_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_LOG_RUNS ?? 5);
const START_MS = Date.parse("2026-03-01T00:00:00Z");
const STEP_MS = 200; // 5 requests a second: 1,000,000 rows span 55 hours
const COLUMNS = [
  "requestId", "extendedRequestId", "time", "restApiId", "stageName", "httpMethod", "resourcePath", "path", "status",
  "statusClass", "latencyMs", "integrationLatencyMs", "sourceIp", "userAgent", "protocol", "responseLength", "errorType",
  "errorMessage", "canary", "apiKeyId", "traceId", "timeline", "accessLog",
] as const;
type Row = unknown[];

/** A well-spread 32-bit hash of n, a different one per salt, so the columns vary independently of each other. */
function mix(n: number, salt: number): number {
  let x = Math.imul(n ^ Math.imul(salt, 0x27d4eb2f), 0x9e3779b1);
  x ^= x >>> 15;
  x = Math.imul(x, 0x85ebca77);
  x ^= x >>> 13;
  return x >>> 0;
}

/** Row n: about 85% go to the measured API and stage, the rest to another stage or another API, interleaved. */
function row(n: number, apiId: string, otherApiId: string): Row {
  const stage = mix(n, 1) % 10 === 9 ? "dev" : "prod";
  const api = mix(n, 2) % 20 === 19 ? otherApiId : apiId;
  const r = mix(n, 3) % 100;
  const [status, errorType, errorMessage] =
    r < 88 ? [200, null, null]
    : r < 93 ? [404, null, null]
    : r < 96 ? [403, "MISSING_AUTHENTICATION_TOKEN", "Missing Authentication Token"]
    : r < 98 ? [429, "THROTTLED", "Too Many Requests"]
    : r < 99 ? [502, "INTEGRATION_FAILURE", "Internal server error"]
    : [504, "INTEGRATION_TIMEOUT", "Endpoint request timed out"];
  const m = mix(n, 4) % 20;
  const method = m < 12 ? "GET" : m < 17 ? "POST" : m < 19 ? "PUT" : "DELETE";
  const res = mix(n, 5) % 20;
  const key = mix(n, 6) % 1000;
  // Runtimes flush a second apart: arrival times run up to 1.8 s out of id order.
  const time = new Date(START_MS + n * STEP_MS - (n % 7) * 300).toISOString();
  const timeline = errorType ? `[{"step":"route","startMs":0,"durationMs":0.1,"outcome":"stopped","detail":"${method} /res${res}/{id}"}]` : null;
  return [
    `${n.toString(16).padStart(8, "0")}-bench-4000-8000-000000000000`, randomBytes(12).toString("base64"), time, api, stage, method,
    `/res${res}/{id}`, `/${stage}/res${res}/${n}`, status, Math.floor(status / 100), 3 + (n % 40), errorType ? null : 2 + (n % 30),
    "203.0.113.7", "bench/1.0", "HTTP/1.1", 48, errorType, errorMessage, mix(n, 7) % 20 === 0, key < 300 ? null : `key${key % 280}`,
    Math.floor(n / 3).toString(16).padStart(32, "0"), timeline, `203.0.113.7 [${time}] "${method} /res${res}/{id} HTTP/1.1" ${status} 48`,
  ];
}

const requestIdOf = (n: number) => `${n.toString(16).padStart(8, "0")}-bench-4000-8000-000000000000`;
const traceIdOf = (n: number) => Math.floor(n / 3).toString(16).padStart(32, "0");
const at = (n: number) => new Date(START_MS + n * STEP_MS).toISOString();

async function fill(insert: (rows: Row[]) => Promise<void>, apiId: string, otherApiId: string, label: string) {
  const started = performance.now();
  const BATCH = 500;
  for (let n = 0; n < ROWS; n += BATCH) {
    await insert(Array.from({ length: Math.min(BATCH, ROWS - n) }, (_, i) => row(n + i, apiId, otherApiId)));
  }
  console.log(`${label}: ${ROWS.toLocaleString("en")} rows stored in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function fillSqlite(file: string, apiId: string, otherApiId: string) {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  const statements = new Map<number, Database.Statement>();
  const prepare = (count: number) => {
    const tuple = `(${COLUMNS.map(() => "?").join(",")})`;
    return sqlite.prepare(`INSERT INTO "RequestLog" (${COLUMNS.map((c) => `"${c}"`).join(",")}) VALUES ${Array(count).fill(tuple).join(",")}`);
  };
  // One transaction per 100 batches: each commit is an fsync-free WAL append here (synchronous = OFF).
  let pending = 0;
  sqlite.exec("BEGIN");
  await fill(async (rows) => {
    let statement = statements.get(rows.length);
    if (!statement) statements.set(rows.length, (statement = prepare(rows.length)));
    // Prisma's SQLite format for DateTime and Boolean, so its queries compare like with like.
    statement.run(rows.flatMap((r) => r.map((v, i) => (COLUMNS[i] === "time" ? String(v).replace("Z", "+00:00") : typeof v === "boolean" ? Number(v) : v))));
    if (++pending % 100 === 0) sqlite.exec("COMMIT; BEGIN");
  }, apiId, otherApiId, "SQLite");
  sqlite.exec("COMMIT");
  sqlite.close();
}

async function fillPostgres(connectionString: string, schema: string, apiId: string, otherApiId: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  await client.query(`SET search_path TO "${schema}"`);
  let pending = 0;
  await client.query("BEGIN");
  await fill(async (rows) => {
    const values = rows.map((_, r) => `(${COLUMNS.map((_c, c) => `$${r * COLUMNS.length + c + 1}`).join(",")})`);
    await client.query(`INSERT INTO "RequestLog" (${COLUMNS.map((c) => `"${c}"`).join(",")}) VALUES ${values.join(",")}`, rows.flat());
    if (++pending % 100 === 0) await client.query("COMMIT; BEGIN");
  }, apiId, otherApiId, "PostgreSQL");
  await client.query("COMMIT");
  // What autovacuum would do soon after a load this size: the planner needs the statistics.
  await client.query(`ANALYZE "RequestLog"`);
  await client.end();
}

/** What a database needs for the bench: a Prisma client that reports its SQL, and a way to run that SQL raw. */
interface Target {
  label: string;
  onQuery(listener: (sql: string, params: unknown[]) => void): void;
  runRaw(sql: string, params: unknown[]): Promise<void>;
}

async function median(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

async function measure(target: Target, apiId: string) {
  const last = ROWS - 1;
  const mid = Math.floor(ROWS / 2);
  const deep = String(Math.floor(ROWS * 0.1)); // ids are 1..ROWS in insertion order
  const cases: [string, Record<string, string>][] = [
    ["no filter", {}],
    ["status 5xx (2% of rows)", { status: "5xx" }],
    ["status 404 (5%)", { status: "404" }],
    ["method DELETE (5%)", { method: "DELETE" }],
    ["resourcePath (5%)", { resourcePath: "/res7/{id}" }],
    ["path prefix (5%)", { path: "/prod/res7/" }],
    ["apiKeyId (0.25%)", { apiKeyId: "key17" }],
    ["canary (5%)", { canary: "true" }],
    ["errorType INTEGRATION_TIMEOUT (1%)", { errorType: "INTEGRATION_TIMEOUT" }],
    ["errorType that never occurs", { errorType: "WAF_FILTERED" }],
    ["from: the last hour", { from: at(last - 18_000) }],
    ["from/to: one hour mid-way", { from: at(mid), to: at(mid + 18_000) }],
    ["from/to: one minute at the start", { from: at(1_000), to: at(1_300) }],
    ["requestId (exact)", { requestId: requestIdOf(mid) }],
    ["traceId (3 requests)", { requestId: traceIdOf(mid) }],
    ["4xx + GET + path prefix + last 6 h", { status: "4xx", method: "GET", path: "/prod/res3/", from: at(last - 108_000) }],
  ];
  let capture: { sql: string; params: unknown[] }[] | null = null;
  target.onQuery((sql, params) => capture?.push({ sql, params }));
  /** Service time, SQL time and page size for one query. */
  const time = async (query: Record<string, string>) => {
    let items = 0;
    const service = await median(async () => (items = (await listRequestLogs(apiId, "prod", query)).items.length));
    capture = [];
    await listRequestLogs(apiId, "prod", query);
    const statements = capture.filter((s) => s.sql.includes("RequestLog"));
    capture = null;
    const sql = await median(async () => {
      for (const s of statements) await target.runRaw(s.sql, s.params);
    });
    return `${service.toFixed(2).padStart(9)} ${sql.toFixed(2).padStart(8)} ${String(items).padStart(5)}`;
  };
  console.log(`\n${target.label}: ms per page of 50, median of ${RUNS} (service = through Prisma; SQL = its statements on the driver)`);
  console.log(`${"".padEnd(38)} ${"first page".padEnd(24)} deep page`);
  console.log(`${"filter".padEnd(38)} ${"  service      SQL items"} ${"  service      SQL items"}`);
  for (const [name, query] of cases) {
    console.log(`${name.padEnd(38)} ${await time(query)} ${await time({ ...query, before: deep })}`);
  }
}

async function withApis(db: Db): Promise<[string, string]> {
  setDb(db);
  return [(await createRestApi({ name: "bench logs" })).id, (await createRestApi({ name: "bench neighbour" })).id];
}

// The query log carries Prisma's parameters before the adapter converts them: SQLite stores DateTime as
// "...+00:00" text and Boolean as 0/1, so the raw rerun converts the same way.
const sqliteParam = (value: unknown) =>
  typeof value === "boolean" ? Number(value) : typeof value === "string" && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(value) ? value.replace("Z", "+00:00") : value;

async function sqliteRun() {
  const dir = mkdtempSync(path.join(tmpdir(), "portico-log-bench-"));
  process.env.PORTICO_DATA_DIR = dir;
  const file = path.join(dir, "bench.db");
  try {
    await migrate(`file:${file}`, { quiet: true });
    const client = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}` }), log: [{ emit: "event", level: "query" }] });
    const [apiId, otherApiId] = await withApis(client);
    await fillSqlite(file, apiId, otherApiId);
    console.log(`SQLite file: ${(statSync(file).size / 1e6).toFixed(0)} MB`);
    const raw = new Database(file, { readonly: true });
    await measure(
      {
        label: "SQLite",
        onQuery: (listener) => client.$on("query", (e) => listener(e.query, JSON.parse(e.params) as unknown[])),
        runRaw: async (sql, params) => void raw.prepare(sql).all(...params.map(sqliteParam)),
      },
      apiId,
    );
    raw.close();
    await client.$disconnect();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresRun(baseUrl: string) {
  const schema = `portico_logbench_${randomBytes(4).toString("hex")}`;
  const url = new URL(baseUrl);
  url.searchParams.set("schema", schema);
  const { connectionString } = splitPgUrl(baseUrl);
  const raw = new pg.Client({ connectionString });
  await raw.connect();
  try {
    await migrate(url.toString(), { quiet: true, ownSchema: true });
    const client = new PgClient({ adapter: new PrismaPg({ connectionString }, { schema }), log: [{ emit: "event", level: "query" }] });
    const [apiId, otherApiId] = await withApis(client as unknown as Db);
    await fillPostgres(connectionString, schema, apiId, otherApiId);
    await measure(
      {
        label: "PostgreSQL",
        onQuery: (listener) => client.$on("query", (e) => listener(e.query, JSON.parse(e.params) as unknown[])),
        runRaw: async (sql, params) => void (await raw.query(sql, params)),
      },
      apiId,
    );
    await client.$disconnect();
  } finally {
    await raw.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await raw.end();
  }
}

await sqliteRun();
if (process.env.TEST_DATABASE_URL) await postgresRun(process.env.TEST_DATABASE_URL);
else console.log("\nPostgreSQL: skipped (set TEST_DATABASE_URL to run it)");
