import "server-only";
import { badRequest } from "@/lib/errors";

/** Reads a JSON request body; the service parses its shape with the shared zod schema. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest("The request body is not valid JSON.");
  }
}
