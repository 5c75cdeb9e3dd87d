import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/sqlite/client";
import { lazySharedStore } from "@/lib/shared-store/lazy-shared-store";
import { databasePresenceStore } from "./database-presence";
import type { PageHit } from "./page-hit";

export type OnlineCounts = { bots: number; guests: number };

/**
 * Where each visitor's visit window and last page view are kept: the database, in the same
 * transaction as the history rows (one instance, or several without Redis), or Redis when
 * REDIS_URL is set, where the decision is atomic across instances.
 */
export interface PresenceStore {
  /**
   * Slides each visitor's visit window over its hits of a batch (already in time order) and
   * marks the visitor online; returns the hits that begin a visit. `tx` is the transaction the
   * batch's history rows are written in.
   */
  recordVisits(tx: Prisma.TransactionClient, byVisitor: ReadonlyMap<string, readonly PageHit[]>, now: Date): Promise<Set<PageHit>>;
  /** Browsers and crawlers (one per crawler) whose last page view is at `since` or later. */
  countOnline(db: Db, since: Date): Promise<OnlineCounts>;
}

/** Redis when REDIS_URL is set (ioredis loaded only then), else the database. */
export async function configuredPresenceStore(env: Record<string, string | undefined> = process.env): Promise<PresenceStore> {
  if (!env.REDIS_URL) return databasePresenceStore;
  const [{ connectRedis }, { createRedisPresenceStore }] = await Promise.all([import("@/lib/redis/connect-redis"), import("./redis-presence")]);
  return createRedisPresenceStore(await connectRedis(env.REDIS_URL));
}

/**
 * Chosen on first use. When the shared store fails (Redis away or refusing a command), that
 * batch's presence goes to the database instead, in the batch's own transaction, and the error
 * is logged: no page view is lost and the figures keep coming. The price, only while Redis is
 * away: a visitor already counted in Redis may have its visit counted once more, and online
 * figures cover only the visitors seen since the outage began.
 */
export function presenceWithFallback(create: () => Promise<PresenceStore>): PresenceStore {
  const withStore = lazySharedStore(create, "presence store failed, database used instead");
  return {
    recordVisits: (tx, byVisitor, now) =>
      withStore(
        (shared) => shared.recordVisits(tx, byVisitor, now),
        () => databasePresenceStore.recordVisits(tx, byVisitor, now),
        { operation: "record" },
      ),
    countOnline: (db, since) =>
      withStore(
        (shared) => shared.countOnline(db, since),
        () => databasePresenceStore.countOnline(db, since),
        { operation: "count" },
      ),
  };
}

const globalForPresence = globalThis as typeof globalThis & { portalPresenceStore?: PresenceStore };

export function presenceStore(): PresenceStore {
  globalForPresence.portalPresenceStore ??= presenceWithFallback(() => configuredPresenceStore());
  return globalForPresence.portalPresenceStore;
}
