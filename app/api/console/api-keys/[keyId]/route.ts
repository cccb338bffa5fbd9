// GET, PATCH and DELETE /api/console/api-keys/[keyId]
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { updateApiKeySchema } from "@/lib/schemas/api-key.schema";
import { deleteApiKey } from "@/lib/services/api-keys/delete-api-key";
import { getApiKeySummary } from "@/lib/services/api-keys/list-api-key-summaries";
import { updateApiKey } from "@/lib/services/api-keys/update-api-key";

type Params = { keyId: string };

export const GET = consoleRoute<Params>(async (_request, { params }) => getApiKeySummary(params.keyId));

// Answers with the key's list row, as the list shows it after the change.
export const PATCH = consoleRoute<Params>(async (request, { params }) => {
  await updateApiKey(params.keyId, await parseBody(request, updateApiKeySchema));
  const { usagePlanIds: _ids, tags: _tags, ...row } = await getApiKeySummary(params.keyId);
  return row;
});

export const DELETE = consoleRoute<Params>(async (_request, { params }) => {
  await deleteApiKey(params.keyId);
});
