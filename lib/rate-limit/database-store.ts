import { getDb } from "@/lib/db/client";
import type { RateLimitRule, RateLimitStore, RateLimitVerdict } from "./rate-limit";

// Every this many hits, this process also deletes other keys' expired rows.
const SWEEP_EVERY_HITS = 500;
// Hits of one key queue behind each other's lock: under a burst they wait rather than fail.
const HIT_TRANSACTION = { maxWait: 15_000, timeout: 15_000 };

/**
 * A sliding-window log in the shared PostgreSQL database, for several instances without
 * Redis: one row per allowed hit. Hits of one key are serialised by a transaction-scoped
 * advisory lock on the key, so the count and the insert cannot interleave across instances.
 */
export function createDatabaseRateLimitStore(): RateLimitStore {
  let hitsSinceSweep = 0;

  return {
    async hit({ key, limit, windowMs }: RateLimitRule, now: number): Promise<RateLimitVerdict> {
      const db = await getDb();
      const cutoff = BigInt(now - windowMs);
      const verdict = await db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))) AS lock`;
        await tx.rateLimitHit.deleteMany({ where: { key, atMs: { lte: cutoff } } });
        const newest = await tx.rateLimitHit.findMany({
          where: { key },
          orderBy: { atMs: "desc" },
          take: limit,
          select: { atMs: true },
        });
        if (newest.length >= limit) {
          return { allowed: false as const, retryAfterMs: Number(newest[limit - 1].atMs) + windowMs - now };
        }
        await tx.rateLimitHit.create({ data: { key, atMs: BigInt(now), expiresAtMs: BigInt(now + windowMs) } });
        return { allowed: true as const };
      }, HIT_TRANSACTION);
      if (++hitsSinceSweep >= SWEEP_EVERY_HITS) {
        hitsSinceSweep = 0;
        await db.rateLimitHit.deleteMany({ where: { expiresAtMs: { lte: BigInt(now) } } });
      }
      return verdict;
    },
  };
}
