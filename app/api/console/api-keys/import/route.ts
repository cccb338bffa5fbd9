// POST /api/console/api-keys/import { csv, failOnWarnings? } -> { ids, warnings } (AWS's API key file format)
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { importApiKeysSchema } from "@/lib/schemas/api-key.schema";
import { importApiKeys } from "@/lib/services/api-keys/import-api-keys";

export const POST = consoleRoute(async (request) => importApiKeys(await parseBody(request, importApiKeysSchema)));
