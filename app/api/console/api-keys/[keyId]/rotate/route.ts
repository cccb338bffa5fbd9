// POST /api/console/api-keys/[keyId]/rotate (a new value on the same key; the old one stops working)
import { consoleRoute } from "@/lib/http/console-route";
import { rotateApiKey } from "@/lib/services/api-keys/rotate-api-key";

type Params = { keyId: string };

export const POST = consoleRoute<Params>(async (_request, { params }) => rotateApiKey(params.keyId));
