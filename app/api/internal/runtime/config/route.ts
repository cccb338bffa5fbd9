// GET /api/internal/runtime/config: the stages and snapshots the gateway runtime serves (ETag / 304 polling).
import { internalForbidden, isInternalRequest } from "@/lib/http/internal-auth";
import { getRuntimeConfig, getRuntimeConfigVersion } from "@/lib/services/runtime/get-runtime-config";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  if (!isInternalRequest(request)) return internalForbidden();
  const known = request.headers.get("if-none-match");
  const version = await getRuntimeConfigVersion();
  if (known && known === `"${version}"`) return new Response(null, { status: 304, headers: { etag: known } });
  const config = await getRuntimeConfig();
  return Response.json(config, { headers: { etag: `"${config.version}"`, "cache-control": "no-store" } });
}
