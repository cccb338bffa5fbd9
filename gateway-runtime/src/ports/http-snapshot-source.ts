/**
 * SnapshotSource over the control plane's internal endpoint:
 * GET /api/internal/runtime/config, `authorization: Bearer <token>`, `if-none-match: "<version>"`;
 * 304 = unchanged, 200 = RuntimeConfig JSON with `etag: "<version>"`.
 */
import { request } from "undici";
import type { PollResult, SnapshotSource } from "./snapshot-source";
import { ControlPlaneClient, type ControlPlaneOptions } from "./control-plane-client";
import { parseRuntimeConfig } from "./runtime-config.schema";

export const RUNTIME_CONFIG_PATH = "/api/internal/runtime/config";

export class HttpSnapshotSource implements SnapshotSource {
  private readonly client: ControlPlaneClient;

  constructor(options: ControlPlaneOptions) {
    this.client = new ControlPlaneClient(options);
  }

  async poll(knownVersion: string | null): Promise<PollResult> {
    const headers: Record<string, string> = { authorization: this.client.authorization, accept: "application/json" };
    if (knownVersion !== null) headers["if-none-match"] = `"${knownVersion}"`;
    try {
      const response = await request(this.client.url(RUNTIME_CONFIG_PATH), {
        method: "GET",
        headers,
        dispatcher: this.client.agent,
        headersTimeout: this.client.timeoutMs,
        bodyTimeout: this.client.timeoutMs,
      });
      if (response.statusCode === 304) {
        await response.body.dump();
        return { kind: "unchanged" };
      }
      if (response.statusCode !== 200) {
        await response.body.dump();
        return { kind: "unavailable", reason: `control plane answered ${response.statusCode}` };
      }
      const parsed = parseRuntimeConfig(await response.body.json());
      if (!parsed.ok) return { kind: "invalid", version: versionFromEtag(response.headers.etag), reason: parsed.reason };
      return { kind: "config", config: parsed.config };
    } catch (error) {
      return { kind: "unavailable", reason: describe(error) };
    }
  }

  close(): Promise<void> {
    return this.client.close();
  }
}

/** `"v42"` or `W/"v42"` -> v42. */
function versionFromEtag(etag: string | string[] | undefined): string | null {
  if (typeof etag !== "string") return null;
  const match = /^(?:W\/)?"(.*)"$/.exec(etag.trim());
  return match ? match[1] : etag.trim();
}

export function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    return typeof code === "string" ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
