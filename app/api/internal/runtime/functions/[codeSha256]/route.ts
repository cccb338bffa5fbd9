// GET /api/internal/runtime/functions/{codeSha256}: the zip of a function's code for the gateway runtime.
// The hash is Lambda's CodeSha256, base64url (or percent-encoded base64); code is immutable per hash.
import { internalForbidden, isInternalRequest } from "@/lib/http/internal-auth";
import { getFunctionCodeBySha256 } from "@/lib/services/functions/get-function-code";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ codeSha256: string }> }): Promise<Response> {
  if (!isInternalRequest(request)) return internalForbidden();
  const { codeSha256 } = await context.params;
  const zip = await getFunctionCodeBySha256(codeSha256);
  if (!zip) return Response.json({ message: "No function has this code." }, { status: 404 });
  return new Response(new Uint8Array(zip), {
    headers: { "content-type": "application/zip", "content-length": String(zip.byteLength), "cache-control": "private, max-age=31536000, immutable" },
  });
}
