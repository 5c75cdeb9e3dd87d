import type { RateLimitRule, RateLimitStore, RateLimitVerdict } from "./rate-limit";

// Past this many keys, expired ones are dropped so memory stays bounded. The threshold then
// doubles from what is left, so a flood of live keys does not make every hit sweep.
const SWEEP_AT_KEYS = 10_000;

/**
 * A sliding-window log per key, in this process's memory: exact, and cheap at the sizes a
 * provincial portal sees (a few hits per key in a window of minutes).
 */
export function createMemoryRateLimitStore(): RateLimitStore {
  const hits = new Map<string, { times: number[]; windowMs: number }>();
  let sweepAt = SWEEP_AT_KEYS;

  function sweep(now: number) {
    for (const [key, entry] of hits) {
      if (entry.times[entry.times.length - 1] <= now - entry.windowMs) hits.delete(key);
    }
    sweepAt = Math.max(SWEEP_AT_KEYS, 2 * hits.size);
  }

  return {
    async hit({ key, limit, windowMs }: RateLimitRule, now: number): Promise<RateLimitVerdict> {
      if (hits.size >= sweepAt) sweep(now);
      const entry = hits.get(key) ?? { times: [], windowMs };
      const recent = entry.times.filter((time) => time > now - windowMs);
      if (recent.length >= limit) {
        entry.times = recent;
        hits.set(key, entry);
        return { allowed: false, retryAfterMs: recent[recent.length - limit] + windowMs - now };
      }
      recent.push(now);
      hits.set(key, { times: recent, windowMs });
      return { allowed: true };
    },
  };
}
