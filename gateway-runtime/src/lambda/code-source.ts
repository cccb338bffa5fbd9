/**
 * Where the runtime gets a function's code: the zip by Lambda's CodeSha256, unzipped once and kept in memory
 * (code is immutable per hash). Port + control-plane implementation + an in-memory twin for tests.
 */
import { request } from "undici";
import { unzipSync } from "fflate";
import type { ControlPlaneClient } from "../ports/control-plane-client";

export type CodeFiles = Record<string, Uint8Array>;

export interface FunctionCodeSource {
  load(codeSha256: string): Promise<CodeFiles>;
}

/** Unzips a deployment package, keeping files only (directory entries end in "/"). */
export function unzipCode(zip: Uint8Array): CodeFiles {
  const files: CodeFiles = {};
  for (const [name, content] of Object.entries(unzipSync(zip))) if (!name.endsWith("/")) files[name] = content;
  return files;
}

const toBase64Url = (sha: string) => sha.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

export class HttpFunctionCodeSource implements FunctionCodeSource {
  private readonly cache = new Map<string, Promise<CodeFiles>>();

  constructor(
    private readonly client: ControlPlaneClient,
    private readonly maxEntries = 64,
  ) {}

  load(codeSha256: string): Promise<CodeFiles> {
    const cached = this.cache.get(codeSha256);
    if (cached) return cached;
    const loading = this.fetch(codeSha256);
    loading.catch(() => this.cache.delete(codeSha256));
    this.cache.set(codeSha256, loading);
    // Oldest out first: a Map iterates in insertion order.
    if (this.cache.size > this.maxEntries) this.cache.delete(this.cache.keys().next().value!);
    return loading;
  }

  private async fetch(codeSha256: string): Promise<CodeFiles> {
    const response = await request(this.client.url(`/api/internal/runtime/functions/${toBase64Url(codeSha256)}`), {
      method: "GET",
      headers: { authorization: this.client.authorization },
      dispatcher: this.client.agent,
      headersTimeout: 30_000,
      bodyTimeout: 30_000,
    });
    if (response.statusCode !== 200) {
      await response.body.dump();
      throw new Error(`control plane answered ${response.statusCode} for function code ${codeSha256}`);
    }
    return unzipCode(new Uint8Array(await response.body.arrayBuffer()));
  }
}

export class MemoryFunctionCodeSource implements FunctionCodeSource {
  constructor(private readonly byHash: Record<string, CodeFiles>) {}
  async load(codeSha256: string): Promise<CodeFiles> {
    const files = this.byHash[codeSha256];
    if (!files) throw new Error(`no code for ${codeSha256}`);
    return files;
  }
}
