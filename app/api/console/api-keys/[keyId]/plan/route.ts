// PUT /api/console/api-keys/[keyId]/plan { usagePlanId | null } (leave every plan, join this one)
import { consoleRoute } from "@/lib/http/console-route";
import { readJson } from "@/lib/http/read-json";
import { moveApiKeyPlan } from "@/lib/services/api-keys/move-api-key-plan";

type Params = { keyId: string };

export const PUT = consoleRoute<Params>(async (request, { params }) => moveApiKeyPlan(params.keyId, await readJson(request)));
