import { getDb } from "@/lib/db/client";
import type { PageHit } from "./page-hit";
import { vietnamDay } from "@/lib/format/vietnam-time";
import { statsHour } from "./stats-period";
import { browserFamily, osFamily } from "./user-agent-family";
import { databasePresenceStore } from "./database-presence";
import type { PresenceStore } from "./presence-store";
import { groupBy } from "@/lib/collections/group-by";

type Totals = { visits: number; pageViews: number; botHits: number };
export type StatsDimension = "page" | "browser" | "os" | "bot" | "referrer";

const MAX_PATH_LENGTH = 200;
// A full batch (thousands of visitors) takes longer than Prisma's 5-second default; a batch that
// timed out would be retried whole and time out again.
const TRANSACTION_LIMITS = { timeout: 60_000, maxWait: 30_000 };

class Increments {
  readonly days = new Map<string, Totals>();
  readonly hours = new Map<string, Totals>();
  readonly dimensions = new Map<string, { day: string; dimension: StatsDimension; key: string; count: number }>();

  add(at: Date, field: keyof Totals) {
    for (const [map, key] of [[this.days, vietnamDay(at)], [this.hours, statsHour(at)]] as const) {
      const totals = map.get(key) ?? { visits: 0, pageViews: 0, botHits: 0 };
      totals[field] += 1;
      map.set(key, totals);
    }
  }

  addDimension(at: Date, dimension: StatsDimension, key: string) {
    const day = vietnamDay(at);
    const id = `${day}\u0000${dimension}\u0000${key}`;
    const row = this.dimensions.get(id) ?? { day, dimension, key, count: 0 };
    row.count += 1;
    this.dimensions.set(id, row);
  }
}

/**
 * Writes a batch of page views in one transaction: presence (who is online, where each visit
 * window stands; in `presence`, the database unless Redis is configured) and the added-up
 * history rows. Every figure is an `increment` on a row for its own day or hour, so nothing is
 * reset at a rollover and concurrent writers never lose a count.
 */
export async function writeHits(
  hits: readonly PageHit[],
  now = new Date(),
  presence: PresenceStore = databasePresenceStore,
): Promise<void> {
  const db = await getDb();
  if (hits.length === 0) return;
  const byVisitor = groupBy(hits, (hit) => hit.visitorKey);
  for (const visitorHits of byVisitor.values()) visitorHits.sort((a, b) => a.at.getTime() - b.at.getTime());

  await db.$transaction(async (tx) => {
    const startsVisit = await presence.recordVisits(tx, byVisitor, now);
    const increments = new Increments();

    for (const visitorHits of byVisitor.values()) {
      const { botName } = visitorHits[0];
      for (const hit of visitorHits) {
        if (botName) {
          increments.add(hit.at, "botHits");
          increments.addDimension(hit.at, "bot", botName);
          continue;
        }
        increments.add(hit.at, "pageViews");
        increments.addDimension(hit.at, "page", hit.path.slice(0, MAX_PATH_LENGTH));
        if (hit.referrerHost) increments.addDimension(hit.at, "referrer", hit.referrerHost);
        // Browser and system are counted once per visit, like the visits themselves.
        if (startsVisit.has(hit)) {
          increments.add(hit.at, "visits");
          increments.addDimension(hit.at, "browser", browserFamily(hit.userAgent));
          increments.addDimension(hit.at, "os", osFamily(hit.userAgent));
        }
      }
    }

    for (const [day, totals] of increments.days) {
      await tx.statsDaily.upsert({ where: { day }, create: { day, ...totals }, update: incrementAll(totals) });
    }
    for (const [hour, totals] of increments.hours) {
      await tx.statsHourly.upsert({ where: { hour }, create: { hour, ...totals }, update: incrementAll(totals) });
    }
    for (const row of increments.dimensions.values()) {
      const { day, dimension, key, count } = row;
      await tx.statsDimensionDaily.upsert({
        where: { day_dimension_key: { day, dimension, key } },
        create: row,
        update: { count: { increment: count } },
      });
    }
  }, TRANSACTION_LIMITS);
}

function incrementAll(totals: Totals) {
  return {
    visits: { increment: totals.visits },
    pageViews: { increment: totals.pageViews },
    botHits: { increment: totals.botHits },
  };
}
