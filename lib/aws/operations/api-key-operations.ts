/** API keys and usage plans (account-level, not under /restapis): keys, plans, plan keys, usage. */
import { badRequest } from "@/lib/errors";
import { createApiKeySchema } from "@/lib/schemas/api-key.schema";
import { createApiKey } from "@/lib/services/api-keys/create-api-key";
import { deleteApiKey } from "@/lib/services/api-keys/delete-api-key";
import { getApiKeyOrThrow } from "@/lib/services/api-keys/get-api-key-or-throw";
import { importApiKeys } from "@/lib/services/api-keys/import-api-keys";
import { listApiKeys } from "@/lib/services/api-keys/list-api-keys";
import { updateApiKey } from "@/lib/services/api-keys/update-api-key";
import { toUpdateApiKeyInput } from "../patch/api-key-patches";
import { parsePatchOperations } from "../patch/patch-operations";
import { toWireApiKey } from "../shapes/api-key-shapes";
import { toWireList } from "../shapes/rest-api-shapes";
import { usagePlanOperations } from "./usage-plan-operations";
import { parseWire, queryInt, queryString, type OperationHandler } from "./wire-input";

const queryFlag = (query: Record<string, string[]>, name: string) => queryString(query, name)?.toLowerCase() === "true";

export const apiKeyOperations: Record<string, OperationHandler> = {
  CreateApiKey: async ({ body }) => {
    // Stage keys predate usage plans and are not enforced by Portico: refused rather than stored and ignored.
    if (Array.isArray(body.stageKeys) && body.stageKeys.length) {
      throw badRequest("CreateApiKey: stageKeys are not supported by Portico; attach the key to a usage plan instead.");
    }
    const { generateDistinctId: _ignored, stageKeys: _none, ...fields } = body;
    return toWireApiKey(await createApiKey(parseWire(createApiKeySchema, fields)));
  },
  GetApiKey: async ({ params, query }) => toWireApiKey(await getApiKeyOrThrow(params.apiKey, { includeValue: queryFlag(query, "includeValue") })),
  GetApiKeys: async ({ query }) => {
    const page = await listApiKeys({
      nameQuery: queryString(query, "name"),
      customerId: queryString(query, "customerId"),
      includeValues: queryFlag(query, "includeValues"),
      position: queryString(query, "position"),
      limit: queryInt(query, "limit"),
    });
    return toWireList(page, toWireApiKey);
  },
  UpdateApiKey: async ({ params, body }) => toWireApiKey(await updateApiKey(params.apiKey, toUpdateApiKeyInput(parsePatchOperations(body)))),
  DeleteApiKey: async ({ params }) => {
    await deleteApiKey(params.apiKey);
    return undefined;
  },
  ImportApiKeys: async ({ query, rawBody }) => {
    const format = queryString(query, "format");
    if (format !== "csv") throw badRequest(`Invalid format '${format ?? ""}': ImportApiKeys takes format=csv.`);
    const csv = new TextDecoder().decode(rawBody ?? new Uint8Array());
    return importApiKeys({ csv, failOnWarnings: queryFlag(query, "failonwarnings") });
  },
  ...usagePlanOperations,
};


