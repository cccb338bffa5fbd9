/**
 * The cache's two stages for one cached method (AWS's stage cache). Lookup (request, after validation): a hit
 * answers the stored response without calling the integration; a miss marks the exchange and goes on. Store
 * (response): the answer to a miss is stored when its body fits AWS's 1 MB item limit.
 *
 * Which answers are stored: every answer the integration produced, whatever its status. AWS "caches responses
 * from your endpoint" with no status filter (api-gateway-caching.html), and users report error statuses such
 * as a backend's 429 being served from the cache with no setting to prevent it (Stack Overflow 45883323,
 * serverless-api-gateway-caching#125). Answers the gateway makes itself (timeouts, 502s, throttling, validation)
 * never reach response stages, so they are never stored.
 */
import { MAX_CACHED_ITEM_BYTES } from "../../../../lib/domain/stage-settings";
import type { Exchange } from "../../pipeline/exchange";
import { isPromise, type BufferedResponse, type Outcome, type RequestStage, type ResponseStage } from "../../pipeline/stage";
import { asksToInvalidate } from "./cache-control";
import type { CacheKey } from "./cache-key";
import type { CachePolicy } from "./cache-policy";
import type { CacheStore, CachedResponse } from "./cache-store";

export interface CachedMethod {
  policy: CachePolicy;
  store: CacheStore;
  key: CacheKey;
}

/**
 * AWS answers an unauthorized invalidation under SUCCEED_WITH_RESPONSE_HEADER with a warning header. Its text is
 * not in AWS's documentation; this is the value a public API Gateway reimplementation sends, not verified here.
 */
export const UNAUTHORIZED_INVALIDATION_WARNING = "199 Cache-control headers were ignored because the caller was unauthorized.";

// Portico has no IAM yet, so no caller holds execute-api:InvalidateCache. AWS documents "a 403 Unauthorized
// response" without its body; AWS's ACCESS_DENIED gateway response (403) is the closest documented answer.
const ACCESS_DENIED: Outcome = { kind: "gateway-error", type: "ACCESS_DENIED" };

export class CacheLookupStage implements RequestStage {
  readonly name = "cache";
  readonly step = "cache";

  constructor(private readonly cached: CachedMethod) {}

  onRequest(ex: Exchange): Outcome | undefined | Promise<Outcome | undefined> {
    const { policy, store, key } = this.cached;
    if (policy.getOnly && ex.req.method !== "GET") return undefined;
    let warn = false;
    if (asksToInvalidate(ex.req.rawHeaders)) {
      // Anyone may invalidate: skip the lookup; the answer replaces the entry.
      if (!policy.requireAuthorization) {
        ex.cacheStatus = "miss";
        ex.exec?.add("Cache-Control: max-age=0: the cached response is not used and will be replaced");
        return undefined;
      }
      if (policy.strategy === "FAIL_WITH_403") {
        ex.exec?.error("Cache invalidation refused: the caller is not authorized to invalidate the cache");
        return ACCESS_DENIED;
      }
      // The SUCCEED_* strategies ignore the header and serve as usual.
      warn = policy.strategy === "SUCCEED_WITH_RESPONSE_HEADER";
    }
    const found = store.get((ex.cacheKey = key(ex)));
    if (isPromise(found)) return found.then((settled) => answer(ex, settled, warn));
    return answer(ex, found, warn);
  }
}

function answer(ex: Exchange, found: CachedResponse | undefined, warn: boolean): Outcome | undefined {
  if (!found) {
    ex.cacheStatus = "miss";
    ex.exec?.add("No cached response for this request; calling the integration");
    return undefined;
  }
  ex.cacheStatus = "hit";
  ex.exec?.add("Sending the cached response; the integration is not called");
  return { kind: "response", response: warn ? withWarning(found) : found };
}

export class CacheStoreStage implements ResponseStage {
  readonly name = "cache-store";

  constructor(private readonly cached: CachedMethod) {}

  onResponse(ex: Exchange, response: BufferedResponse): BufferedResponse {
    if (ex.cacheStatus !== "miss") return response;
    const { policy, store, key } = this.cached;
    if (response.body.length <= MAX_CACHED_ITEM_BYTES) {
      const stored = store.set(ex.cacheKey ?? key(ex), detached(response), policy.ttlMs);
      // Stores report their own failures; a store that throws anyway must not fail the request.
      if (isPromise(stored)) stored.catch(() => undefined);
    }
    const warn = policy.requireAuthorization && policy.strategy === "SUCCEED_WITH_RESPONSE_HEADER" && asksToInvalidate(ex.req.rawHeaders);
    return warn ? withWarning(response) : response;
  }
}

function withWarning(response: BufferedResponse): BufferedResponse {
  return { ...response, headers: response.headers.concat("Warning", UNAUTHORIZED_INVALIDATION_WARNING) };
}

/**
 * A small body may be a view into one of Node's shared 8 KB allocation slabs; an entry that lives for minutes
 * would pin the whole slab, so entries own their bytes and the byte budget stays honest.
 */
function detached(response: BufferedResponse): BufferedResponse {
  const body = response.body;
  if (body.byteOffset === 0 && body.buffer.byteLength === body.length) return response;
  const copy = Buffer.allocUnsafeSlow(body.length);
  body.copy(copy);
  return { status: response.status, headers: response.headers, body: copy };
}
