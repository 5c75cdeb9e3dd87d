import { describe, expect, it } from "vitest";
import { TooManyRequestsError } from "@/lib/errors/domain-error";
import { createMemoryRateLimitStore } from "./memory-store";
import { enforceRateLimits } from "./rate-limit";
import { rateLimitStoreContract } from "@/tests/rate-limit-store-contract";

const memory = createMemoryRateLimitStore();

const MINUTE = 60_000;
const rule = { key: "comment:visitor-a:article-1", limit: 3, windowMs: 10 * MINUTE };

rateLimitStoreContract("memory", () => memory);

describe("enforceRateLimits", () => {
  it("refuses with how long to wait in whole seconds, rounded up", async () => {
    const store = createMemoryRateLimitStore();
    const one = { ...rule, limit: 1, windowMs: 90_500 };
    await enforceRateLimits([one], { store, now: 0 });
    const refused = await enforceRateLimits([one], { store, now: 0 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TooManyRequestsError);
    expect((refused as TooManyRequestsError).retryAfterSeconds).toBe(91);
    expect((refused as TooManyRequestsError).message).toMatch(/thử lại/);
  });

  it("stops at the first exhausted rule", async () => {
    const store = createMemoryRateLimitStore();
    const perIp = { key: "ip", limit: 1, windowMs: MINUTE };
    const perVisitor = { key: "visitor", limit: 5, windowMs: MINUTE };
    await enforceRateLimits([perIp, perVisitor], { store, now: 0 });
    await expect(enforceRateLimits([perIp, perVisitor], { store, now: 1 })).rejects.toBeInstanceOf(TooManyRequestsError);
  });
});
