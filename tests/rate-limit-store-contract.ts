import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { RateLimitStore } from "@/lib/rate-limit/rate-limit";

const MINUTE = 60_000;

/**
 * What every RateLimitStore must do, run against each implementation (memory, Redis,
 * PostgreSQL) so a shared store behaves exactly like the one a single instance uses.
 */
export function rateLimitStoreContract(name: string, store: () => RateLimitStore) {
  // Fresh keys each run: Redis and the database keep hits between runs.
  const key = (label: string) => `contract:${label}:${randomUUID()}`;

  describe(`${name} rate-limit store`, () => {
    it("allows `limit` hits in a window and refuses the next until the oldest leaves it", async () => {
      const rule = { key: key("window"), limit: 3, windowMs: 10 * MINUTE };
      const t0 = 1_000_000;
      expect(await store().hit(rule, t0)).toEqual({ allowed: true });
      expect(await store().hit(rule, t0 + MINUTE)).toEqual({ allowed: true });
      expect(await store().hit(rule, t0 + 2 * MINUTE)).toEqual({ allowed: true });
      expect(await store().hit(rule, t0 + 3 * MINUTE)).toEqual({ allowed: false, retryAfterMs: 7 * MINUTE });
      // Refused hits are not recorded: the first slot frees exactly one window after the first hit.
      expect(await store().hit(rule, t0 + 10 * MINUTE - 1)).toEqual({ allowed: false, retryAfterMs: 1 });
      expect(await store().hit(rule, t0 + 10 * MINUTE)).toEqual({ allowed: true });
      expect(await store().hit(rule, t0 + 10 * MINUTE + 1)).toEqual({ allowed: false, retryAfterMs: MINUTE - 1 });
    });

    it("keeps keys apart", async () => {
      const one = { key: key("apart"), limit: 1, windowMs: MINUTE };
      expect((await store().hit(one, 0)).allowed).toBe(true);
      expect((await store().hit({ ...one, key: key("other") }, 0)).allowed).toBe(true);
      expect((await store().hit(one, 0)).allowed).toBe(false);
    });

    it("is exact under concurrency: 200 parallel hits with limit 50 let exactly 50 through", async () => {
      const rule = { key: key("burst"), limit: 50, windowMs: MINUTE };
      const now = Date.now();
      const verdicts = await Promise.all(Array.from({ length: 200 }, () => store().hit(rule, now)));
      expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(50);
      for (const verdict of verdicts) if (!verdict.allowed) expect(verdict.retryAfterMs).toBe(MINUTE);
    });
  });
}
