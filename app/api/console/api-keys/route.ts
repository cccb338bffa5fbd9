// GET /api/console/api-keys (masked values, plan, today's and this period's use) and POST (the value shown once)
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { consoleCreateApiKeySchema } from "@/lib/schemas/api-key.schema";
import { createConsoleApiKey } from "@/lib/services/api-keys/create-console-api-key";
import { listApiKeySummaries } from "@/lib/services/api-keys/list-api-key-summaries";

export const GET = consoleRoute(async () => listApiKeySummaries());

export const POST = consoleRoute(async (request) => createConsoleApiKey(await parseBody(request, consoleCreateApiKeySchema)));
