import type { Redis } from "ioredis";
import type { RateLimitRule, RateLimitStore, RateLimitVerdict } from "./rate-limit";

const KEY_PREFIX = "portal:rate-limit:";

// The sliding-window log as a sorted set of hit times, checked and extended in one script so
// concurrent hits from every instance are counted exactly. Same rule as the memory store: a
// refused hit is not recorded, and the wait is until the limit-th newest hit leaves the window.
const HIT_SCRIPT = `
local key, now, window, limit = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local count = redis.call('ZCARD', key)
if count >= limit then
  local oldest = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
  return tonumber(oldest[2]) + window - now
end
redis.call('ZADD', key, now, ARGV[4])
redis.call('PEXPIRE', key, window)
return -1
`;

/** Several instances sharing one Redis (REDIS_URL). */
export function createRedisRateLimitStore(redis: Redis): RateLimitStore {
  let sequence = 0;
  const member = (now: number) => `${now}:${process.pid}:${Math.random().toString(36).slice(2)}:${sequence++}`;
  return {
    async hit({ key, limit, windowMs }: RateLimitRule, now: number): Promise<RateLimitVerdict> {
      const wait = Number(await redis.eval(HIT_SCRIPT, 1, KEY_PREFIX + key, now, windowMs, limit, member(now)));
      return wait < 0 ? { allowed: true } : { allowed: false, retryAfterMs: wait };
    },
  };
}
