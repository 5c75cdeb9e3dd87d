import type { Redis } from "ioredis";
import type { PageHit } from "./page-hit";
import type { PresenceStore } from "./presence-store";
import { PRESENCE_KEPT_MS, VISIT_GAP_MS } from "./visit-window";

const KEY_PREFIX = "portal:presence:";

// Two sorted sets, people and crawlers, each visitor → time of its last page view (ms): the same
// set is the visit window and the online list. One script slides the window of every visitor of
// a batch (the rule of visit-window.ts), so batches from several instances are applied one after
// another and a browser whose requests reach two instances at once starts one visit. Entries
// older than PRESENCE_KEPT_MS are trimmed and the sets expire, so nothing grows forever.
// KEYS: people, crawlers. ARGV: trim below, gap, kept, then per visitor: key, is a crawler (1/0),
// number of hits, their times in order. Returns the positions (from 0) of the hits that begin a visit.
const RECORD_SCRIPT = `
local trimBelow, gap, kept = ARGV[1], tonumber(ARGV[2]), ARGV[3]
local starts, a, position = {}, 4, 0
while a <= #ARGV do
  local member, set, count = ARGV[a], KEYS[ARGV[a + 1] == '1' and 2 or 1], tonumber(ARGV[a + 2])
  local stored = redis.call('ZSCORE', set, member)
  local last = stored and tonumber(stored)
  local lastText = nil
  for i = a + 3, a + 2 + count do
    local at = tonumber(ARGV[i])
    if not last or at - last >= gap then
      starts[#starts + 1] = position
      last, lastText = at, ARGV[i]
    elseif at > last then
      last, lastText = at, ARGV[i]
    end
    position = position + 1
  end
  if lastText then redis.call('ZADD', set, lastText, member) end
  a = a + 3 + count
end
-- Trimmed last, as the database deletes its old rows after the batch: a batch's own hits are
-- decided against what was stored before it, however long the batch took to arrive.
for k = 1, 2 do
  redis.call('ZREMRANGEBYSCORE', KEYS[k], '-inf', '(' .. trimBelow)
  redis.call('PEXPIRE', KEYS[k], kept)
end
return starts
`;

/** Presence shared by several instances through one Redis (REDIS_URL). */
export function createRedisPresenceStore(redis: Redis, keyPrefix = KEY_PREFIX): PresenceStore {
  const [people, crawlers] = [`${keyPrefix}people`, `${keyPrefix}crawlers`];
  // A batch the database then refused is queued again whole (hit-buffer.ts). Redis has already
  // moved those visitors' windows past its hits, so asking again would find no visit start: the
  // answers are kept with the hits themselves and only hits never asked about are sent.
  const decided = new WeakMap<PageHit, boolean>();
  return {
    async recordVisits(_tx, byVisitor, now) {
      const args: (string | number)[] = [now.getTime() - PRESENCE_KEPT_MS, VISIT_GAP_MS, PRESENCE_KEPT_MS];
      const asked: PageHit[] = [];
      for (const [visitorKey, hits] of byVisitor) {
        const fresh = hits.filter((hit) => !decided.has(hit));
        if (fresh.length === 0) continue;
        args.push(visitorKey, hits[0].botName === null ? 0 : 1, fresh.length, ...fresh.map((hit) => hit.at.getTime()));
        asked.push(...fresh);
      }
      if (asked.length > 0) {
        const starts = new Set((await redis.eval(RECORD_SCRIPT, 2, people, crawlers, ...args)) as number[]);
        asked.forEach((hit, position) => decided.set(hit, starts.has(position)));
      }
      return new Set([...byVisitor.values()].flat().filter((hit) => decided.get(hit)));
    },

    async countOnline(_db, since) {
      const [guests, bots] = await Promise.all([people, crawlers].map((set) => redis.zcount(set, since.getTime(), "+inf")));
      return { bots, guests };
    },
  };
}
