/**
 * Calls into the gateway runtime's admin port (PORTICO_RUNTIME_ADMIN_URL, bearer PORTICO_INTERNAL_TOKEN): the
 * control plane runs user code (function invokes, test invokes) on the same engine that serves traffic.
 */
import { PorticoError } from "../../errors";

export async function postToRuntime<T>(path: string, body: unknown, timeoutMs: number): Promise<T> {
  const adminUrl = process.env.PORTICO_RUNTIME_ADMIN_URL;
  const token = process.env.PORTICO_INTERNAL_TOKEN;
  if (!adminUrl || !token) {
    throw new PorticoError("ServiceUnavailableException", "The gateway runtime is not connected (PORTICO_RUNTIME_ADMIN_URL is not set).");
  }
  let response: Response;
  try {
    response = await fetch(`${adminUrl.replace(/\/+$/, "")}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new PorticoError("ServiceUnavailableException", `The gateway runtime did not answer: ${error instanceof Error ? error.message : String(error)}`);
  }
  const json = (await response.json().catch(() => ({}))) as T & { message?: string };
  if (response.status !== 200) {
    throw new PorticoError("ServiceUnavailableException", `The gateway runtime refused the call (${response.status}): ${json.message ?? "no reason"}`);
  }
  return json;
}
