// GET /api/console/api-keys/[keyId]/value (the console's reveal; never cached)
import { consoleRoute } from "@/lib/http/console-route";
import { getApiKeyValue } from "@/lib/services/api-keys/get-api-key-or-throw";

type Params = { keyId: string };

export const GET = consoleRoute<Params>(async (_request, { params }) => getApiKeyValue(params.keyId));
