/**
 * The Customers console routes (API keys and usage plans) on a migrated SQLite database, called as Next.js calls
 * them (request + params). Only the session is faked.
 */
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDeployment } from "@/lib/services/deployments/create-deployment";
import { putIntegration } from "@/lib/services/integrations/put-integration";
import { putMethod } from "@/lib/services/methods/put-method";
import { createRestApi } from "@/lib/services/rest-apis/create-rest-api";
import { useTestDatabase } from "@/lib/services/testing/test-database";
import { db } from "@/lib/db";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/session", () => ({ requireApiUser: async () => ({ id: "u1", email: "admin@example.com", role: "admin" }) }));

const keys = await import("./route");
const key = await import("./[keyId]/route");
const value = await import("./[keyId]/value/route");
const rotate = await import("./[keyId]/rotate/route");
const plan = await import("./[keyId]/plan/route");
const usage = await import("./[keyId]/usage/route");
const importRoute = await import("./import/route");
const plans = await import("../usage-plans/route");
const onePlan = await import("../usage-plans/[planId]/route");
const planKeys = await import("../usage-plans/[planId]/keys/route");
const planKey = await import("../usage-plans/[planId]/keys/[keyId]/route");

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

async function call<P>(handler: Handler<P>, params: P, init: { method?: string; body?: unknown; query?: string } = {}) {
  const request = new NextRequest(`http://console.test/api/console/x${init.query ?? ""}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body), headers: { "content-type": "application/json" } }),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : null) as unknown, text };
}

const row = (json: unknown) => json as Record<string, unknown>;

describe("API key and usage plan console routes (SQLite)", () => {
  let cleanup: () => Promise<void>;
  let apiId: string;
  beforeAll(async () => {
    ({ cleanup } = await useTestDatabase("sqlite"));
    const api = await createRestApi({ name: "pets" });
    await putMethod(api.id, api.rootResourceId, "GET", {});
    await putIntegration(api.id, api.rootResourceId, "GET", { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } });
    await createDeployment(api.id, { stageName: "prod" });
    await createDeployment(api.id, { stageName: "dev" });
    apiId = api.id;
  });
  afterAll(() => cleanup?.());

  it("creates a plan and a key in it, lists the key masked with its plan and use, and reveals the value on request", async () => {
    const created = await call(plans.POST, {}, { body: { name: "gold", quota: { limit: 1000, period: "MONTH" }, apiStages: [{ apiId, stage: "prod" }] } });
    expect(created.status).toBe(200);
    const planId = row(created.json).id as string;
    expect(created.json).toMatchObject({ name: "gold", apiStages: [{ apiId, apiName: "pets", stage: "prod" }], keys: [], quota: { limit: 1000, period: "MONTH", offset: 0 } });

    const made = await call(keys.POST, {}, { body: { name: "acme", customerId: "cust-1", usagePlanId: planId } });
    expect(made.status).toBe(200);
    const made1 = row(made.json);
    expect(made1.value).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(made1).toMatchObject({ enabled: true, usagePlan: { id: planId, name: "gold" }, customerId: "cust-1" });

    const today = new Date().toISOString().slice(0, 10);
    await db().usageDay.create({ data: { usagePlanId: planId, keyId: made1.id as string, day: today, used: 7 } });
    const list = await call(keys.GET, {});
    expect(list.text).not.toContain(made1.value as string);
    expect(list.json).toEqual([
      expect.objectContaining({
        id: made1.id,
        maskedValue: `••••••••${(made1.value as string).slice(-4)}`,
        todayUsed: 7,
        periodUsed: 7,
        quotaLimit: 1000,
        quotaPeriod: "MONTH",
        usagePlan: { id: planId, name: "gold" },
      }),
    ]);
    const detail = await call(key.GET, { keyId: made1.id as string });
    expect(detail.json).toMatchObject({ usagePlanIds: [planId], tags: {} });
    expect((await call(value.GET, { keyId: made1.id as string })).json).toEqual({ value: made1.value });

    const days = await call(usage.GET, { keyId: made1.id as string }, { query: "?days=3" });
    expect(days.json).toEqual([expect.objectContaining({ used: 0 }), expect.objectContaining({ used: 0 }), { day: today, used: 7 }]);
    expect((await call(usage.GET, { keyId: made1.id as string }, { query: "?days=0" })).status).toBe(400);

    const planView = await call(onePlan.GET, { planId });
    expect(planView.json).toMatchObject({ keys: [{ id: made1.id, name: "acme", customerId: "cust-1", enabled: true }] });
  });

  it("patches, rotates, moves between plans and deletes a key", async () => {
    const made = row((await call(keys.POST, {}, { body: { name: "beta", enabled: false } })).json);
    const id = made.id as string;
    const patched = await call(key.PATCH, { keyId: id }, { method: "PATCH", body: { name: "beta2", enabled: true, customerId: "c9" } });
    expect(patched.json).toMatchObject({ name: "beta2", enabled: true, customerId: "c9", usagePlan: null });

    const rotated = row((await call(rotate.POST, { keyId: id }, { method: "POST" })).json);
    expect(rotated.value).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(rotated.value).not.toBe(made.value);
    expect((await call(value.GET, { keyId: id })).json).toEqual({ value: rotated.value });

    const silver = row((await call(plans.POST, {}, { body: { name: "silver", apiStages: [{ apiId, stage: "dev" }] } })).json).id as string;
    const bronze = row((await call(plans.POST, {}, { body: { name: "bronze", apiStages: [{ apiId, stage: "dev" }] } })).json).id as string;
    expect((await call(plan.PUT, { keyId: id }, { method: "PUT", body: { usagePlanId: silver } })).status).toBe(200);
    // Moving detaches first, so bronze (same stage as silver) is no conflict.
    expect((await call(plan.PUT, { keyId: id }, { method: "PUT", body: { usagePlanId: bronze } })).status).toBe(200);
    expect(row((await call(key.GET, { keyId: id })).json).usagePlanIds).toEqual([bronze]);
    // Attaching to silver as well would put the key in two plans for the same API stage.
    const clash = await call(planKeys.POST, { planId: silver }, { body: { keyId: id } });
    expect(clash.status).toBe(409);
    expect(clash.text).toContain(`${apiId}:dev`);

    expect((await call(planKey.DELETE, { planId: bronze, keyId: id }, { method: "DELETE" })).status).toBe(204);
    expect((await call(planKeys.POST, { planId: silver }, { body: { keyId: id } })).json).toMatchObject({ keys: [{ id }] });
    expect((await call(plan.PUT, { keyId: id }, { method: "PUT", body: { usagePlanId: null } })).status).toBe(200);
    expect(row((await call(key.GET, { keyId: id })).json).usagePlanIds).toEqual([]);

    expect((await call(key.DELETE, { keyId: id }, { method: "DELETE" })).status).toBe(204);
    const gone = await call(key.GET, { keyId: id });
    expect([gone.status, row(row(gone.json).error).message]).toEqual([404, "Invalid API Key identifier specified"]);
  });

  it("edits and deletes plans, refusing unknown stages and out-of-range quota offsets", async () => {
    const id = row((await call(plans.POST, {}, { body: { name: "p" } })).json).id as string;
    const patched = await call(onePlan.PATCH, { planId: id }, {
      method: "PATCH",
      body: { throttle: { rateLimit: 5, burstLimit: 10 }, quota: { limit: 10, period: "WEEK", offset: 6 }, apiStages: [{ apiId, stage: "prod", throttle: { "//GET": { rateLimit: 1, burstLimit: 2 } } }] },
    });
    expect(patched.json).toMatchObject({ throttle: { rateLimit: 5, burstLimit: 10 }, quota: { offset: 6 }, apiStages: [{ stage: "prod", throttle: { "//GET": { rateLimit: 1, burstLimit: 2 } } }] });
    const cleared = await call(onePlan.PATCH, { planId: id }, { method: "PATCH", body: { throttle: null, quota: null } });
    expect(row(cleared.json).throttle).toBeUndefined();
    expect(row(cleared.json).quota).toBeUndefined();

    const badStage = await call(onePlan.PATCH, { planId: id }, { method: "PATCH", body: { apiStages: [{ apiId, stage: "nope" }] } });
    expect([badStage.status, row(row(badStage.json).error).message]).toEqual([400, `API Stage not found: ${apiId}:nope`]);
    const badOffset = await call(plans.POST, {}, { body: { name: "x", quota: { limit: 1, period: "WEEK", offset: 7 } } });
    expect(badOffset.status).toBe(400);
    expect(row(row(badOffset.json).error).message).toContain("offset is 0 to 6");

    expect((await call(onePlan.DELETE, { planId: id }, { method: "DELETE" })).status).toBe(204);
    expect((await call(onePlan.GET, { planId: id })).status).toBe(404);
  });

  it("imports AWS's CSV format, reporting bad rows as warnings and writing nothing when asked to fail on them", async () => {
    const csv = "Name,key,description,Enabled,usageplanIds\nimported-1,abcdefghijklmnopqrstuvwxyz01,first,TRUE,\nshort,tooshort,,true,\n";
    const strict = await call(importRoute.POST, {}, { body: { csv, failOnWarnings: true } });
    expect(strict.json).toEqual({ ids: [], warnings: ["Line 3: API Key value should be at least 20 characters"] });
    const names = ((await call(keys.GET, {})).json as { name: string }[]).map((k) => k.name);
    expect(names).not.toContain("imported-1");
    const lenient = row((await call(importRoute.POST, {}, { body: { csv } })).json);
    expect(lenient.warnings).toHaveLength(1);
    expect(lenient.ids).toHaveLength(1);
    const imported = row((await call(key.GET, { keyId: (lenient.ids as string[])[0] })).json);
    expect(imported).toMatchObject({ name: "imported-1", description: "first", enabled: true });
  });
});
