import "server-only";
import type { Redis } from "ioredis";

/**
 * A connection to the Redis that several instances share (REDIS_URL): rate limits and online
 * presence. Callers load this module with a dynamic import, so ioredis is never loaded unless
 * Redis is configured. The connection fails fast instead of queueing or waiting while Redis is
 * away: every caller has a way on without it (a rate limit lets the request through, presence
 * falls back to the database), and a command that hangs would hold a request or a statistics
 * transaction open.
 */
export async function connectRedis(url: string): Promise<Redis> {
  const { Redis } = await import("ioredis");
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    lazyConnect: true,
    connectTimeout: 2_000,
    commandTimeout: 2_000,
  });
  // Without a listener ioredis reports a lost connection as an unhandled error; each failed
  // command is logged where it fails (lib/rate-limit/rate-limit.ts, lib/stats/presence-store.ts).
  redis.on("error", () => undefined);
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw error;
  }
  return redis;
}
