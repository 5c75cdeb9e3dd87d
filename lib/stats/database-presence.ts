import type { PageHit } from "./page-hit";
import type { PresenceStore } from "./presence-store";
import { PRESENCE_KEPT_MS, slideVisitWindow } from "./visit-window";

/**
 * Presence as `VisitorPresence` rows, read and written in the batch's transaction. One process
 * writes its batches one after another (hit-buffer.ts). With several instances on PostgreSQL
 * and no Redis, one browser whose requests reach two instances in the same second could have
 * its visit start counted by both; page views and bot hits stay exact.
 */
export const databasePresenceStore: PresenceStore = {
  async recordVisits(tx, byVisitor, now) {
    const stored = await tx.visitorPresence.findMany({ where: { visitorId: { in: [...byVisitor.keys()] } } });
    const previousByKey = new Map(stored.map((row) => [row.visitorId, row]));
    const startsVisit = new Set<PageHit>();
    for (const [visitorKey, hits] of byVisitor) {
      const { botName } = hits[0];
      const { visitStartTimes, presence } = slideVisitWindow(
        previousByKey.get(visitorKey) ?? null,
        hits.map((hit) => hit.at),
      );
      for (const hit of hits) if (visitStartTimes.includes(hit.at)) startsVisit.add(hit);
      const { lastSeenAt, visitStarts } = presence!;
      await tx.visitorPresence.upsert({
        where: { visitorId: visitorKey },
        create: { visitorId: visitorKey, isBot: botName !== null, botName, lastSeenAt, visitStarts },
        update: { lastSeenAt, visitStarts },
      });
    }
    await tx.visitorPresence.deleteMany({ where: { lastSeenAt: { lt: new Date(now.getTime() - PRESENCE_KEPT_MS) } } });
    return startsVisit;
  },

  async countOnline(db, since) {
    const present = await db.visitorPresence.groupBy({ by: ["isBot"], where: { lastSeenAt: { gte: since } }, _count: { _all: true } });
    return {
      bots: present.find((group) => group.isBot)?._count._all ?? 0,
      guests: present.find((group) => !group.isBot)?._count._all ?? 0,
    };
  },
};
