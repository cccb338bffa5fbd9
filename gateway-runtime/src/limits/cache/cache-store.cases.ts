/** The CacheStore contract: every store (memory, Redis) passes these same cases. */
import { describe, expect, it } from "vitest";
import type { CacheStore, CachedResponse } from "./cache-store";
import { eventually } from "../../test-support/servers";

export interface OpenedStore {
  store: CacheStore;
  close(): Promise<void>;
}

const everyByte = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

function response(body: Buffer | string, status = 200, headers: string[] = ["content-type", "application/json"]): CachedResponse {
  return { status, headers, body: Buffer.isBuffer(body) ? body : Buffer.from(body) };
}

export function cacheStoreCases(name: string, open: () => Promise<OpenedStore>): void {
  describe(`CacheStore contract: ${name}`, () => {
    const withStore = (test: (store: CacheStore) => Promise<void>) => async () => {
      const opened = await open();
      try {
        await test(opened.store);
      } finally {
        await opened.close();
      }
    };

    it(
      "answers undefined for a key never stored",
      withStore(async (store) => {
        expect(await store.get("never-stored")).toBeUndefined();
      }),
    );

    it(
      "gives back status, headers in order and a binary body byte for byte",
      withStore(async (store) => {
        const stored = response(everyByte, 418, ["content-type", "application/octet-stream", "x-two", "a", "x-two", "é ü"]);
        await store.set("binary", stored, 60_000);
        const found = await store.get("binary");
        expect(found?.status).toBe(418);
        expect(found?.headers).toEqual(["content-type", "application/octet-stream", "x-two", "a", "x-two", "é ü"]);
        expect(found && Buffer.compare(found.body, everyByte)).toBe(0);
      }),
    );

    it(
      "keeps an empty body empty",
      withStore(async (store) => {
        await store.set("empty", response(""), 60_000);
        const found = await store.get("empty");
        expect(found?.status).toBe(200);
        expect(found?.body.length).toBe(0);
      }),
    );

    it(
      "keeps keys apart and replaces an entry stored again under its key",
      withStore(async (store) => {
        await store.set("a", response("first a"), 60_000);
        await store.set("b", response("only b"), 60_000);
        await store.set("a", response("second a", 201), 60_000);
        const a = await store.get("a");
        expect(a?.body.toString()).toBe("second a");
        expect(a?.status).toBe(201);
        expect((await store.get("b"))?.body.toString()).toBe("only b");
      }),
    );

    it(
      "forgets an entry once its TTL has passed, not before",
      withStore(async (store) => {
        await store.set("short", response("short-lived"), 1_500);
        await store.set("long", response("long-lived"), 60_000);
        expect((await store.get("short"))?.body.toString()).toBe("short-lived");
        expect(await eventually(async () => (await store.get("short")) === undefined, 8_000)).toBe(true);
        expect((await store.get("long"))?.body.toString()).toBe("long-lived");
      }),
    );
  });
}
