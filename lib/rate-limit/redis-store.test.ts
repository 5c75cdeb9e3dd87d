import { afterAll, describe, expect, it } from "vitest";
import type { Redis } from "ioredis";
import { setLogSink } from "@/lib/observability/logger";
import { configuredRateLimitStore, lazyRateLimitStore, type RateLimitStore } from "./rate-limit";
import { connectRedis } from "@/lib/redis/connect-redis";
import { createRedisRateLimitStore } from "./redis-store";
import { rateLimitStoreContract } from "./store-contract";

// Against a real Redis: REDIS_TEST_URL, or the one our machines run on 127.0.0.1:6379.
const url = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379";
let redis: Redis | null = null;
let unavailable: string | null = null;
try {
  redis = await connectRedis(url);
} catch (error) {
  unavailable = `Redis ${url} không truy cập được: ${(error as Error).message}`;
}

if (unavailable || !redis) {
  describe("Redis rate-limit store", () => {
    it.skip(`skipped: ${unavailable}`, () => {});
  });
} else {
  const store: RateLimitStore = createRedisRateLimitStore(redis);
  rateLimitStoreContract("Redis", () => store);
  afterAll(() => redis?.quit());
}

describe("choosing the store", () => {
  it("uses memory for SQLite without REDIS_URL", async () => {
    const store = await configuredRateLimitStore({ DATABASE_URL: "file:./.data/x.db" });
    const rule = { key: `choose:${Date.now()}`, limit: 1, windowMs: 60_000 };
    expect((await store.hit(rule, 0)).allowed).toBe(true);
    expect((await store.hit(rule, 0)).allowed).toBe(false);
  });

  it.skipIf(!!unavailable)("uses Redis when REDIS_URL is set, whatever the database", async () => {
    const store = await configuredRateLimitStore({ REDIS_URL: url, DATABASE_URL: "file:./.data/x.db" });
    const key = `choose:${Date.now()}:${Math.random()}`;
    expect((await store.hit({ key, limit: 1, windowMs: 60_000 }, Date.now())).allowed).toBe(true);
    expect(await redis!.zcard(`portal:rate-limit:${key}`)).toBe(1);
  });

  it("lets requests through, and logs, when the shared store cannot be reached", async () => {
    const lines: string[] = [];
    setLogSink((_level, line) => lines.push(line));
    try {
      const store = lazyRateLimitStore(() => configuredRateLimitStore({ REDIS_URL: "redis://127.0.0.1:1" }));
      const rule = { key: "search:ip:x", limit: 1, windowMs: 60_000 };
      expect(await store.hit(rule, 0)).toEqual({ allowed: true });
      expect(await store.hit(rule, 0)).toEqual({ allowed: true });
    } finally {
      setLogSink(null);
    }
    expect(JSON.parse(lines[0])).toMatchObject({ level: "error", msg: "rate-limit store failed, request allowed", rule: "search" });
  });
});
