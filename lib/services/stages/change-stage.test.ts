import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { putIntegration } from "../integrations/put-integration";
import { putMethod } from "../methods/put-method";
import { createRestApi } from "../rest-apis/create-rest-api";
import { createDeployment } from "../deployments/create-deployment";
import { useTestDatabase } from "../testing/test-database";
import { flushStageCache } from "./flush-stage-cache";
import { getStageOrThrow } from "./get-stage-or-throw";
import { putMethodSetting } from "./put-method-setting";

describe("changeStage under concurrent edits (SQLite)", () => {
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ cleanup } = await useTestDatabase("sqlite")));
  afterAll(() => cleanup?.());

  it("loses none of several edits made at once", async () => {
    const api = await createRestApi({ name: "race" });
    await putMethod(api.id, api.rootResourceId, "GET", {});
    await putIntegration(api.id, api.rootResourceId, "GET", { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } });
    await createDeployment(api.id, { stageName: "prod" });

    const methods = ["GET", "POST", "PUT", "DELETE"];
    await Promise.all([
      ...methods.map((method) => putMethodSetting(api.id, "prod", { key: `~1/${method}`, setting: { throttlingRateLimit: 7 } })),
      flushStageCache(api.id, "prod"),
      flushStageCache(api.id, "prod"),
      flushStageCache(api.id, "prod"),
    ]);
    const stage = await getStageOrThrow(api.id, "prod");
    expect(Object.keys(stage.settings.methodSettings).sort()).toEqual(methods.map((method) => `~1/${method}`).sort());
    expect(stage.settings.cacheGeneration).toBe(3);
  });
});
