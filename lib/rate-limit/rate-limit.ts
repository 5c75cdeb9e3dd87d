import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { TooManyRequestsError } from "@/lib/errors/domain-error";
import { lazySharedStore } from "@/lib/shared-store/lazy-shared-store";
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

/**
 * The store the deployment calls for: Redis when REDIS_URL is set, else the database when it is
 * PostgreSQL (several instances may share it), else this process's memory (one SQLite instance).
 * Redis and the database store are imported only when configured.
 */
export async function configuredRateLimitStore(env: Record<string, string | undefined> = process.env): Promise<RateLimitStore> {
  if (env.REDIS_URL) {
    const [{ connectRedis }, { createRedisRateLimitStore }] = await Promise.all([import("@/lib/redis/connect-redis"), import("./redis-store")]);
    return createRedisRateLimitStore(await connectRedis(env.REDIS_URL));
  }
  if (resolveDatabaseTarget(env.DATABASE_URL || undefined).provider === "postgres") {
    const { createDatabaseRateLimitStore } = await import("./database-store");
    return createDatabaseRateLimitStore();
  }
  return createMemoryRateLimitStore();
}

/**
 * Chosen on first use. A shared store that fails (Redis away, database busy) lets the request
 * through and logs the error: a rate limit must not take the portal down with it.
 */
export function lazyRateLimitStore(create: () => Promise<RateLimitStore>): RateLimitStore {
  const withStore = lazySharedStore(create, "rate-limit store failed, request allowed");
  return {
    hit: (rule, now) => withStore((store) => store.hit(rule, now), () => ({ allowed: true }), { rule: rule.key.split(":")[0] }),
  };
}

const globalForRateLimit = globalThis as typeof globalThis & { portalRateLimitStore?: RateLimitStore };

export function rateLimitStore(): RateLimitStore {
  globalForRateLimit.portalRateLimitStore ??= lazyRateLimitStore(() => configuredRateLimitStore());
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

/** For route handlers: counts the request, or refuses it with when to try again (a 429 with Retry-After at the edge). */
export async function enforceRateLimits(
  rules: RateLimitRule[],
  options: { store?: RateLimitStore; now?: number } = {},
): Promise<void> {
  const seconds = await retryAfterSeconds(rules, options);
  if (seconds !== null) throw new TooManyRequestsError(TOO_MANY_REQUESTS, seconds);
}
