import { describe, expect, it } from "vitest";
import { cacheStoreCases } from "./cache-store.cases";
import { entrySize } from "./cache-store";
import { MemoryCacheStore } from "./memory-cache-store";

cacheStoreCases("memory", async () => {
  const store = new MemoryCacheStore(1024 * 1024);
  return { store, close: () => store.close() };
});

describe("MemoryCacheStore budget", () => {
  const entry = (size: number) => ({ status: 200, headers: ["content-type", "text/plain"], body: Buffer.alloc(size, 120) });

  it("evicts the least recently used entries to stay within its byte budget", () => {
    const one = entrySize("k0", entry(1_000));
    const store = new MemoryCacheStore(one * 3);
    store.set("k0", entry(1_000), 60_000);
    store.set("k1", entry(1_000), 60_000);
    store.set("k2", entry(1_000), 60_000);
    // Reading k0 makes k1 the least recently used one.
    expect(store.get("k0")).toBeDefined();
    store.set("k3", entry(1_000), 60_000);
    expect(store.get("k1")).toBeUndefined();
    expect(store.get("k0")).toBeDefined();
    expect(store.get("k3")).toBeDefined();
    expect(store.bytes).toBeLessThanOrEqual(one * 3);
  });

  it("does not store an entry larger than the whole budget", () => {
    const store = new MemoryCacheStore(10_000);
    store.set("big", entry(20_000), 60_000);
    expect(store.get("big")).toBeUndefined();
    expect(store.entries).toBe(0);
  });

  it("answers a lookup synchronously", () => {
    const store = new MemoryCacheStore(100_000);
    store.set("sync", entry(10), 60_000);
    const found = store.get("sync");
    expect(found).not.toBeInstanceOf(Promise);
    expect(found?.body.length).toBe(10);
  });
});
