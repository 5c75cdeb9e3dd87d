import { afterAll, describe, expect, it } from "vitest";
import { setLogSink } from "@/lib/observability/logger";
import { configuredRateLimitStore, lazyRateLimitStore, type RateLimitStore } from "./rate-limit";
import { connectTestRedis, REDIS_TEST_URL } from "@/tests/redis-test-connection";
import { createRedisRateLimitStore } from "./redis-store";
import { rateLimitStoreContract } from "@/tests/rate-limit-store-contract";

// Against a real Redis (tests/redis-test-connection.ts).
const url = REDIS_TEST_URL;
const {
  connections: [redis],
  unavailable,
} = await connectTestRedis(1);

if (unavailable) {
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
