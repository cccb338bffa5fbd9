// GET /api/console/access-keys and POST /api/console/access-keys (the secret is in this one answer only)
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { createAccessKeySchema } from "@/lib/schemas/auth.schema";
import { createAccessKey } from "@/lib/services/access-keys/create-access-key";
import { listAccessKeys } from "@/lib/services/access-keys/list-access-keys";

export const GET = consoleRoute(async () => ({ items: await listAccessKeys() }));

export const POST = consoleRoute(async (request, { user }) =>
  createAccessKey(user.id, await parseBody(request, createAccessKeySchema)),
);
