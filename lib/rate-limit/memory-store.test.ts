import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/http/api-error";
import { createMemoryRateLimitStore } from "./memory-store";
import { enforceRateLimits } from "./rate-limit";
import { rateLimitStoreContract } from "@/tests/rate-limit-store-contract";

const memory = createMemoryRateLimitStore();

const MINUTE = 60_000;
const rule = { key: "comment:visitor-a:article-1", limit: 3, windowMs: 10 * MINUTE };

rateLimitStoreContract("memory", () => memory);

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
