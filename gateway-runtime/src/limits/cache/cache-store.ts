/**
 * The CacheStore port behind AWS's stage cache (the cache cluster): whole responses by key, each with its own TTL.
 * Memory: one size-bounded LRU per stage, read synchronously (the hit fast path). Redis: one store every runtime
 * process shares. The same contract cases (cache-store.cases.ts) run against both.
 */
import type { Awaitable, BufferedResponse } from "../../pipeline/stage";

/** A stored answer: status, headers (flat [name, value, ...], no request ids) and body. */
export type CachedResponse = BufferedResponse;

export interface CacheStore {
  /** undefined when nothing is stored under the key or it expired. Memory answers synchronously. */
  get(key: string): Awaitable<CachedResponse | undefined>;
  /** Resolves once stored (callers on the request path do not wait for it). */
  set(key: string, response: CachedResponse, ttlMs: number): Awaitable<void>;
  close?(): Promise<void>;
}

/**
 * What an entry costs against a stage's byte budget: key, headers and body, plus a fixed share for the entry's
 * bookkeeping, so a flood of tiny entries cannot hold far more memory than the budget says.
 */
export function entrySize(key: string, response: CachedResponse): number {
  let size = 128 + key.length + response.body.length;
  for (const part of response.headers) size += part.length;
  return size;
}
