/** Usage plans, their keys and usage (AWS's /usageplans operations). */
import { createUsagePlanSchema } from "@/lib/schemas/usage-plan.schema";
import { createUsagePlan } from "@/lib/services/usage-plans/create-usage-plan";
import { createUsagePlanKey } from "@/lib/services/usage-plans/create-usage-plan-key";
import { deleteUsagePlan } from "@/lib/services/usage-plans/delete-usage-plan";
import { deleteUsagePlanKey } from "@/lib/services/usage-plans/delete-usage-plan-key";
import { getUsage } from "@/lib/services/usage-plans/get-usage";
import { getUsagePlanKeyOrThrow } from "@/lib/services/usage-plans/get-usage-plan-key-or-throw";
import { getUsagePlanOrThrow } from "@/lib/services/usage-plans/get-usage-plan-or-throw";
import { listUsagePlanKeys } from "@/lib/services/usage-plans/list-usage-plan-keys";
import { listUsagePlans } from "@/lib/services/usage-plans/list-usage-plans";
import { updateUsage } from "@/lib/services/usage-plans/update-usage";
import { updateUsagePlan } from "@/lib/services/usage-plans/update-usage-plan";
import { toUpdateUsageInput, toUpdateUsagePlanInput } from "../patch/api-key-patches";
import { parsePatchOperations } from "../patch/patch-operations";
import { toWireUsage, toWireUsagePlan, toWireUsagePlanKey } from "../shapes/api-key-shapes";
import { toWireList } from "../shapes/rest-api-shapes";
import { nullValidationError } from "../wire-error";
import { parseWire, queryInt, queryString, type OperationHandler } from "./wire-input";

const page = (query: Record<string, string[]>) => ({ position: queryString(query, "position"), limit: queryInt(query, "limit") });

export const usagePlanOperations: Record<string, OperationHandler> = {
  CreateUsagePlan: async ({ body }) => toWireUsagePlan(await createUsagePlan(parseWire(createUsagePlanSchema, body))),
  GetUsagePlan: async ({ params }) => toWireUsagePlan(await getUsagePlanOrThrow(params.usagePlanId)),
  GetUsagePlans: async ({ query }) => toWireList(await listUsagePlans({ ...page(query), keyId: queryString(query, "keyId") }), toWireUsagePlan),
  UpdateUsagePlan: async ({ params, body }) =>
    toWireUsagePlan(await updateUsagePlan(params.usagePlanId, toUpdateUsagePlanInput(parsePatchOperations(body)))),
  DeleteUsagePlan: async ({ params }) => {
    await deleteUsagePlan(params.usagePlanId);
    return undefined;
  },
  CreateUsagePlanKey: async ({ params, body }) => {
    if (typeof body.keyId !== "string") throw nullValidationError("keyId");
    if (typeof body.keyType !== "string") throw nullValidationError("keyType");
    return toWireUsagePlanKey(await createUsagePlanKey(params.usagePlanId, { keyId: body.keyId, keyType: body.keyType }));
  },
  GetUsagePlanKey: async ({ params }) => toWireUsagePlanKey(await getUsagePlanKeyOrThrow(params.usagePlanId, params.keyId)),
  GetUsagePlanKeys: async ({ params, query }) =>
    toWireList(await listUsagePlanKeys(params.usagePlanId, { ...page(query), nameQuery: queryString(query, "name") }), toWireUsagePlanKey),
  DeleteUsagePlanKey: async ({ params }) => {
    await deleteUsagePlanKey(params.usagePlanId, params.keyId);
    return undefined;
  },
  GetUsage: async ({ params, query }) => {
    const startDate = queryString(query, "startDate");
    const endDate = queryString(query, "endDate");
    if (!startDate) throw nullValidationError("startDate");
    if (!endDate) throw nullValidationError("endDate");
    return toWireUsage(await getUsage(params.usagePlanId, { startDate, endDate, keyId: queryString(query, "keyId"), ...page(query) }));
  },
  UpdateUsage: async ({ params, body }) =>
    toWireUsage(await updateUsage(params.usagePlanId, params.keyId, toUpdateUsageInput(parsePatchOperations(body)))),
};
