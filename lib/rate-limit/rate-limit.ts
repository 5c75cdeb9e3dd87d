import { ApiError } from "@/lib/http/api-error";
import { createMemoryRateLimitStore } from "./memory-store";

/** At most `limit` hits per `windowMs` for one key, over a sliding window. */
export type RateLimitRule = { key: string; limit: number; windowMs: number };

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Where hits are kept. The in-process store serves one instance; several instances need a
 * shared one (Redis, the database) behind this same interface. A refused hit is not
 * recorded, so a client that waits `retryAfterMs` is let through.
 */
export interface RateLimitStore {
  hit(rule: RateLimitRule, now: number): Promise<RateLimitVerdict>;
}

const globalForRateLimit = globalThis as typeof globalThis & { portalRateLimitStore?: RateLimitStore };

export function rateLimitStore(): RateLimitStore {
  globalForRateLimit.portalRateLimitStore ??= createMemoryRateLimitStore();
  return globalForRateLimit.portalRateLimitStore;
}

export const TOO_MANY_REQUESTS = "Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.";

/**
 * Counts one request against every rule and returns null, or, for the first rule that is
 * exhausted, how many whole seconds to wait (at least 1): the value of Retry-After.
 */
export async function retryAfterSeconds(
  rules: RateLimitRule[],
  { store = rateLimitStore(), now = Date.now() }: { store?: RateLimitStore; now?: number } = {},
): Promise<number | null> {
  for (const rule of rules) {
    const verdict = await store.hit(rule, now);
    if (!verdict.allowed) return Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
  }
  return null;
}

/** For route handlers: counts the request, or throws a 429 with Retry-After. */
export async function enforceRateLimits(
  rules: RateLimitRule[],
  options: { store?: RateLimitStore; now?: number } = {},
): Promise<void> {
  const seconds = await retryAfterSeconds(rules, options);
  if (seconds !== null) throw new ApiError(429, TOO_MANY_REQUESTS, { "Retry-After": String(seconds) });
}
