// POST /api/internal/runtime/telemetry: a runtime's batch of request logs and metric deltas.
import { isPorticoError } from "@/lib/errors";
import { internalForbidden, isInternalRequest } from "@/lib/http/internal-auth";
import { ingestTelemetry } from "@/lib/services/runtime/ingest-telemetry";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  if (!isInternalRequest(request)) return internalForbidden();
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ message: "Body must be JSON." }, { status: 400 });
  }
  try {
    return Response.json(await ingestTelemetry(body), { status: 202 });
  } catch (error) {
    if (isPorticoError(error)) return Response.json({ message: error.message }, { status: error.status });
    throw error;
  }
}
