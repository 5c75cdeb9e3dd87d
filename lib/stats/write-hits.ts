import type { Db } from "@/lib/db/client";
import type { PageHit } from "./page-hit";
import { vietnamDay } from "@/lib/format/vietnam-time";
import { statsHour } from "./stats-period";
import { browserFamily, osFamily } from "./user-agent-family";
import { slideVisitWindow, VISIT_GAP_MS } from "./visit-window";

type Totals = { visits: number; pageViews: number; botHits: number };
export type StatsDimension = "page" | "browser" | "os" | "bot" | "referrer";

// Presence older than the visit window is no use: a browser coming back after it starts a new
// visit anyway, so those rows are removed instead of growing by one row per browser forever.
const PRESENCE_KEPT_MS = 2 * VISIT_GAP_MS;
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
 * window stands) and the added-up history rows. Every figure is an `increment` on a row for its
 * own day or hour, so nothing is reset at a rollover and concurrent writers never lose a count.
 * One process writes its batches one after another (hit-buffer.ts). With several instances on
 * PostgreSQL, one browser whose requests reach two instances in the same second could have its
 * visit start counted by both; page views and bot hits stay exact.
 */
export async function writeHits(db: Db, hits: readonly PageHit[], now = new Date()): Promise<void> {
  if (hits.length === 0) return;
  const byVisitor = new Map<string, PageHit[]>();
  for (const hit of hits) byVisitor.set(hit.visitorKey, [...(byVisitor.get(hit.visitorKey) ?? []), hit]);

  await db.$transaction(async (tx) => {
    const stored = await tx.visitorPresence.findMany({ where: { visitorId: { in: [...byVisitor.keys()] } } });
    const previousByKey = new Map(stored.map((row) => [row.visitorId, row]));
    const increments = new Increments();

    for (const [visitorKey, visitorHits] of byVisitor) {
      visitorHits.sort((a, b) => a.at.getTime() - b.at.getTime());
      const { botName } = visitorHits[0];
      const { visitStartTimes, presence } = slideVisitWindow(
        previousByKey.get(visitorKey) ?? null,
        visitorHits.map((hit) => hit.at),
      );
      const startsVisit = new Set(visitStartTimes);
      const { lastSeenAt, visitStarts } = presence!;
      await tx.visitorPresence.upsert({
        where: { visitorId: visitorKey },
        create: { visitorId: visitorKey, isBot: botName !== null, botName, lastSeenAt, visitStarts },
        update: { lastSeenAt, visitStarts },
      });

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
        if (startsVisit.has(hit.at)) {
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
    await tx.visitorPresence.deleteMany({ where: { lastSeenAt: { lt: new Date(now.getTime() - PRESENCE_KEPT_MS) } } });
  }, TRANSACTION_LIMITS);
}

function incrementAll(totals: Totals) {
  return {
    visits: { increment: totals.visits },
    pageViews: { increment: totals.pageViews },
    botHits: { increment: totals.botHits },
  };
}
