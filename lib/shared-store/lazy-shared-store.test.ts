import { afterEach, describe, expect, it, vi } from "vitest";
import { setLogSink } from "@/lib/observability/logger";
import { lazySharedStore, SHARED_STORE_RETRY_MS } from "./lazy-shared-store";

const logged: string[] = [];
setLogSink((_level, line) => logged.push(line));
afterEach(() => {
  logged.length = 0;
  vi.useRealTimers();
});

describe("lazySharedStore", () => {
  it("creates the store once, on first use, and runs every operation on it", async () => {
    const create = vi.fn(async () => ({ name: "redis" }));
    const withStore = lazySharedStore(create, "store failed");
    expect(create).not.toHaveBeenCalled();
    expect(await withStore(async (store) => store.name, () => "fallback")).toBe("redis");
    expect(await withStore(async (store) => `${store.name}!`, () => "fallback")).toBe("redis!");
    expect(create).toHaveBeenCalledTimes(1);
  });

  it("falls back and logs when an operation fails, and keeps the store for the next call", async () => {
    const create = vi.fn(async () => ({ up: false }));
    const withStore = lazySharedStore(create, "store failed");
    const failing = async (store: { up: boolean }) => {
      if (!store.up) throw new Error("READONLY");
      return "shared";
    };
    expect(await withStore(failing, () => "database", { operation: "record" })).toBe("database");
    expect(JSON.parse(logged[0])).toMatchObject({ level: "error", msg: "store failed", operation: "record", error: { message: "READONLY" } });
    await withStore(failing, () => "database");
    expect(create).toHaveBeenCalledTimes(1);
  });

  it("after failing to create the store, falls back without trying again until the pause is over", async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    let attempts = 0;
    const withStore = lazySharedStore(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error("ECONNREFUSED");
      return "redis";
    }, "store failed");
    expect(await withStore(async (store) => store, () => "allowed")).toBe("allowed");
    vi.setSystemTime(1_000_000 + SHARED_STORE_RETRY_MS - 1);
    expect(await withStore(async (store) => store, () => "allowed")).toBe("allowed");
    expect(attempts).toBe(1);
    expect(logged).toHaveLength(1);
    vi.setSystemTime(1_000_000 + SHARED_STORE_RETRY_MS);
    expect(await withStore(async (store) => store, () => "allowed")).toBe("redis");
    expect(attempts).toBe(2);
  });
});
