// GET /api/console/api-keys/[keyId]/usage?days=30 (one entry per UTC day, oldest first)
import { consoleRoute } from "@/lib/http/console-route";
import { listApiKeyUsageDays } from "@/lib/services/api-keys/list-api-key-usage-days";

type Params = { keyId: string };

export const GET = consoleRoute<Params>(async (request, { params }) =>
  listApiKeyUsageDays(params.keyId, request.nextUrl.searchParams.get("days") ?? undefined),
);
