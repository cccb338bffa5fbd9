/** Test support: function specs from inline source, and a host in a throwaway work directory. */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FunctionHost, type FunctionHostOptions } from "./function-host";
import type { FunctionSpec, InvokeResult } from "./types";

type SpecFields = Omit<FunctionSpec, "key" | "files">;

/** A spec whose key hashes everything in it, as the control plane's does. */
export function functionSpec(name: string, files: Record<string, string>, overrides: Partial<SpecFields> = {}): FunctionSpec {
  const fields: SpecFields = {
    functionName: name,
    version: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${name}`,
    handler: "index.handler",
    environment: {},
    timeoutMs: 3000,
    memoryMb: 128,
    region: "us-east-1",
    ...overrides,
  };
  const key = createHash("sha256").update(JSON.stringify([fields, files])).digest("hex");
  const encoded = Object.fromEntries(Object.entries(files).map(([file, text]) => [file, new TextEncoder().encode(text)]));
  return { key, files: encoded, ...fields };
}

export function startHost(options: Partial<FunctionHostOptions> = {}) {
  const workDir = mkdtempSync(path.join(tmpdir(), "portico-functions-"));
  const host = new FunctionHost({ workDir, ...options });
  return {
    host,
    workDir,
    async close() {
      await host.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** The parsed payload of a successful invocation; fails the test with the error document otherwise. */
export function payloadOf(result: InvokeResult): unknown {
  if (!result.ok) throw new Error(`invocation failed (${result.kind}): ${JSON.stringify(result.error)}\n${result.logs}`);
  return JSON.parse(result.payload);
}
