/**
 * The identity of a runnable function configuration: the gateway runtime keeps one warm worker per key, so any
 * change to code, handler, environment or limits must give a new key, and equal configurations (a version
 * published from an unchanged $LATEST) share one.
 */
import { createHash } from "node:crypto";

export interface FunctionKeyParts {
  codeSha256: string;
  handler: string;
  environment: Record<string, string>;
  timeoutMs: number;
  memoryMb: number;
}

export function functionKey(parts: FunctionKeyParts): string {
  const environment = Object.keys(parts.environment)
    .sort()
    .map((name) => [name, parts.environment[name]]);
  const text = JSON.stringify([parts.codeSha256, parts.handler, environment, parts.timeoutMs, parts.memoryMb]);
  return createHash("sha256").update(text).digest("hex");
}
