/** enforceLogRetention on a real database; run by one test file per database Portico supports. */
import { beforeEach, expect, it } from "vitest";
import { db, setDb, type Db } from "../../db";
import { DEFAULT_LOG_RETENTION } from "../../domain/stage-settings";
import { createDeployment } from "../deployments/create-deployment";
import { putIntegration } from "../integrations/put-integration";
import { putMethod } from "../methods/put-method";
import { createRestApi } from "../rest-apis/create-rest-api";
import { createStage } from "../stages/create-stage";
import { deleteStage } from "../stages/delete-stage";
import { updateStageLogging } from "../stages/update-stage-logging";
import { enforceLogRetention } from "./enforce-log-retention";

const NOW = new Date("2025-06-01T12:00:00.000Z");
const DAY = 86_400_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

/** An API deployed to "prod" and "dev" (both on the default retention until a test changes it). */
async function deployedApi(name: string) {
  const api = await createRestApi({ name });
  await putMethod(api.id, api.rootResourceId, "GET", {});
  await putIntegration(api.id, api.rootResourceId, "GET", { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } });
  const deployment = await createDeployment(api.id, { stageName: "prod" });
  await createStage(api.id, { stageName: "dev", deploymentId: deployment.id });
  return api.id;
}

/** Rows inserted in the order given, so ids follow the times as a runtime's flushes write them. */
async function addLogs(restApiId: string, stageName: string, times: Date[]): Promise<void> {
  for (let i = 0; i < times.length; i += 500) {
    await db().requestLog.createMany({
      data: times.slice(i, i + 500).map((time, j) => ({
        requestId: `${stageName}-${i + j}`,
        extendedRequestId: `x-${i + j}`,
        time,
        restApiId,
        stageName,
        httpMethod: "GET",
        resourcePath: "/",
        path: "/",
        status: 200,
        statusClass: 2,
        latencyMs: 1,
        sourceIp: "203.0.113.7",
        protocol: "HTTP/1.1",
        responseLength: 2,
      })),
    });
  }
}

async function logTimes(restApiId: string, stageName: string): Promise<number[]> {
  const rows = await db().requestLog.findMany({ where: { restApiId, stageName }, select: { time: true }, orderBy: { id: "asc" } });
  return rows.map((row) => row.time.getTime());
}

/** `count` rows one second apart, the newest `newestAgo` before NOW, oldest first. */
const spaced = (count: number, newestAgo: number) => Array.from({ length: count }, (_, i) => ago(newestAgo + (count - 1 - i) * 1000));

export function logRetentionCases(): void {
  beforeEach(async () => {
    await db().requestLog.deleteMany({});
  });

  it("deletes the rows older than the stage's retention days and keeps the recent ones and other stages' rows", async () => {
    const apiId = await deployedApi("retention by age");
    const otherApi = await deployedApi("another api");
    await updateStageLogging(apiId, "prod", { logRetention: { days: 7, maxRows: DEFAULT_LOG_RETENTION.maxRows } });
    const times = [ago(10 * DAY), ago(8 * DAY), ago(7 * DAY + 1000), ago(6 * DAY), ago(3_600_000)];
    await addLogs(apiId, "prod", times);
    // Same ages on stages with the default 30 days: all stay.
    await addLogs(apiId, "dev", times);
    await addLogs(otherApi, "prod", times);

    // A chunk of 2 makes the three old rows take two deletes.
    expect(await enforceLogRetention(NOW, { batchSize: 2 })).toEqual({ deletedByAge: 3, deletedByCap: 0 });
    expect(await logTimes(apiId, "prod")).toEqual([ago(6 * DAY), ago(3_600_000)].map((t) => t.getTime()));
    expect(await logTimes(apiId, "dev")).toHaveLength(times.length);
    expect(await logTimes(otherApi, "prod")).toHaveLength(times.length);
    // Nothing more is due at the same moment; a day later the 6-day-old row is past 7 days.
    expect(await enforceLogRetention(NOW)).toEqual({ deletedByAge: 0, deletedByCap: 0 });
    expect(await enforceLogRetention(new Date(NOW.getTime() + DAY + 1000))).toEqual({ deletedByAge: 1, deletedByCap: 0 });
  });

  it("keeps the newest maxRows rows of a stage and leaves a stage under its cap alone", async () => {
    const apiId = await deployedApi("retention by rows");
    await updateStageLogging(apiId, "prod", { logRetention: { days: 30, maxRows: 1_000 } });
    await updateStageLogging(apiId, "dev", { logRetention: { days: 30, maxRows: 1_000 } });
    const prod = spaced(1_037, 60_000);
    await addLogs(apiId, "prod", prod);
    await addLogs(apiId, "dev", spaced(1_000, 60_000));

    expect(await enforceLogRetention(NOW, { batchSize: 10 })).toEqual({ deletedByAge: 0, deletedByCap: 37 });
    const kept = await logTimes(apiId, "prod");
    expect(kept).toEqual(prod.slice(37).map((t) => t.getTime()));
    expect(await logTimes(apiId, "dev")).toHaveLength(1_000);
  });

  it("applies age first, then the cap to what is left", async () => {
    const apiId = await deployedApi("age then cap");
    await updateStageLogging(apiId, "prod", { logRetention: { days: 2, maxRows: 1_000 } });
    await addLogs(apiId, "prod", [...spaced(5, 3 * DAY), ...spaced(1_004, 60_000)]);
    expect(await enforceLogRetention(NOW, { batchSize: 100 })).toEqual({ deletedByAge: 5, deletedByCap: 4 });
    expect(await logTimes(apiId, "prod")).toEqual(spaced(1_000, 60_000).map((t) => t.getTime()));
  });

  it("deletes the logs of a deleted stage after the default retention", async () => {
    const apiId = await deployedApi("deleted stage");
    await addLogs(apiId, "dev", [ago((DEFAULT_LOG_RETENTION.days + 1) * DAY), ago(DEFAULT_LOG_RETENTION.days * DAY + 1000), ago(DAY)]);
    // A stage that never existed under this API, as logs of a stage deleted long ago look.
    await addLogs(apiId, "gone", [ago(40 * DAY), ago(2 * DAY)]);
    await deleteStage(apiId, "dev");
    expect(await enforceLogRetention(NOW)).toEqual({ deletedByAge: 3, deletedByCap: 0 });
    expect(await logTimes(apiId, "dev")).toEqual([ago(DAY).getTime()]);
    expect(await logTimes(apiId, "gone")).toEqual([ago(2 * DAY).getTime()]);
  });

  it("deletes in statements of at most batchSize rows", async () => {
    const apiId = await deployedApi("chunks");
    await updateStageLogging(apiId, "prod", { logRetention: { days: 1, maxRows: 1_000 } });
    await addLogs(apiId, "prod", [...spaced(23, 2 * DAY), ...spaced(1_017, 60_000)]);
    const base = db();
    const deletes: number[] = [];
    const counting = base.$extends({
      query: {
        requestLog: {
          async deleteMany({ args, query }) {
            const result = await query(args);
            deletes.push(result.count);
            return result;
          },
        },
      },
    });
    // The extended client has the same model API; only its static type differs.
    setDb(counting as unknown as Db);
    try {
      expect(await enforceLogRetention(NOW, { batchSize: 5 })).toEqual({ deletedByAge: 23, deletedByCap: 17 });
    } finally {
      setDb(base);
    }
    expect(deletes).toEqual([5, 5, 5, 5, 3, 5, 5, 5, 2]);
  });
}
