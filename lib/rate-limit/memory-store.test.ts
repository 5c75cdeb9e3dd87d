import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/http/api-error";
import { createMemoryRateLimitStore } from "./memory-store";
import { enforceRateLimits } from "./rate-limit";

const MINUTE = 60_000;
const rule = { key: "comment:visitor-a:article-1", limit: 3, windowMs: 10 * MINUTE };

describe("memory rate-limit store", () => {
  it("allows `limit` hits in a window and refuses the next until the oldest leaves it", async () => {
    const store = createMemoryRateLimitStore();
    const t0 = 1_000_000;
    expect(await store.hit(rule, t0)).toEqual({ allowed: true });
    expect(await store.hit(rule, t0 + MINUTE)).toEqual({ allowed: true });
    expect(await store.hit(rule, t0 + 2 * MINUTE)).toEqual({ allowed: true });
    expect(await store.hit(rule, t0 + 3 * MINUTE)).toEqual({ allowed: false, retryAfterMs: 7 * MINUTE });
    // Refused hits are not recorded: the first slot frees exactly one window after the first hit.
    expect(await store.hit(rule, t0 + 10 * MINUTE - 1)).toEqual({ allowed: false, retryAfterMs: 1 });
    expect(await store.hit(rule, t0 + 10 * MINUTE)).toEqual({ allowed: true });
    expect((await store.hit(rule, t0 + 10 * MINUTE + 1)).allowed).toBe(false);
  });

  it("keeps keys apart", async () => {
    const store = createMemoryRateLimitStore();
    const one = { ...rule, limit: 1 };
    expect((await store.hit(one, 0)).allowed).toBe(true);
    expect((await store.hit({ ...one, key: "comment:visitor-b:article-1" }, 0)).allowed).toBe(true);
    expect((await store.hit(one, 0)).allowed).toBe(false);
  });
});

describe("enforceRateLimits", () => {
  it("throws a 429 with Retry-After in whole seconds, rounded up", async () => {
    const store = createMemoryRateLimitStore();
    const one = { ...rule, limit: 1, windowMs: 90_500 };
    await enforceRateLimits([one], { store, now: 0 });
    const refused = await enforceRateLimits([one], { store, now: 0 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(429);
    expect((refused as ApiError).headers["Retry-After"]).toBe("91");
    expect((refused as ApiError).message).toMatch(/thử lại/);
  });

  it("stops at the first exhausted rule", async () => {
    const store = createMemoryRateLimitStore();
    const perIp = { key: "ip", limit: 1, windowMs: MINUTE };
    const perVisitor = { key: "visitor", limit: 5, windowMs: MINUTE };
    await enforceRateLimits([perIp, perVisitor], { store, now: 0 });
    await expect(enforceRateLimits([perIp, perVisitor], { store, now: 1 })).rejects.toBeInstanceOf(ApiError);
  });
});
