import { getDb } from "@/lib/db/client";
import { vietnamDay } from "@/lib/format/vietnam-time";
import { databasePresenceStore } from "./database-presence";
import { presenceStore, type PresenceStore } from "./presence-store";
import { monthDayRange, statsMonth } from "./stats-period";

/** The six figures of the "Thống kê website" block and of GET /api/stats. */
export type SiteCounters = {
  /** Browsers and crawlers seen in the last 5 minutes. */
  online: number;
  /** Distinct crawlers seen in the last 5 minutes (one per crawler, not per request). */
  bots: number;
  /** People (browsers) seen in the last 5 minutes. */
  guests: number;
  /** Human visits today, this month and ever (days and months in Vietnam). */
  today: number;
  month: number;
  total: number;
};

export const ONLINE_WINDOW_MS = 5 * 60_000;
/** How long the figures are reused: cheap to poll, never more than a few seconds old. */
export const COUNTERS_CACHE_SECONDS = 3;
/** Browsers may reuse the figures as long as the server does. */
export const SITE_COUNTERS_CACHE_CONTROL = `public, max-age=${COUNTERS_CACHE_SECONDS}`;

/** Online figures come from `presence` (the database unless Redis is configured), the rest from the history rows. */
export async function computeSiteCounters(now = new Date(), presence: PresenceStore = databasePresenceStore): Promise<SiteCounters> {
  const db = await getDb();
  const [{ bots, guests }, today, month, total] = await Promise.all([
    presence.countOnline(db, new Date(now.getTime() - ONLINE_WINDOW_MS)),
    db.statsDaily.findUnique({ where: { day: vietnamDay(now) }, select: { visits: true } }),
    db.statsDaily.aggregate({ where: { day: monthDayRange(statsMonth(now)) }, _sum: { visits: true } }),
    db.statsDaily.aggregate({ _sum: { visits: true } }),
  ]);
  return {
    online: bots + guests,
    bots,
    guests,
    today: today?.visits ?? 0,
    month: month._sum.visits ?? 0,
    total: total._sum.visits ?? 0,
  };
}

type CachedCounters = { expiresAt: number; value: Promise<SiteCounters> };
const globalForCounters = globalThis as typeof globalThis & { portalSiteCounters?: CachedCounters };

/**
 * The figures, computed at most once every few seconds per process and shared by the block
 * and the API, so both show the same numbers and polling costs almost nothing.
 */
export function getSiteCounters(): Promise<SiteCounters> {
  const cached = globalForCounters.portalSiteCounters;
  if (cached && cached.expiresAt > Date.now()) return cached.value;
  const value = computeSiteCounters(new Date(), presenceStore());
  globalForCounters.portalSiteCounters = { expiresAt: Date.now() + COUNTERS_CACHE_SECONDS * 1000, value };
  // A failed computation is not kept: the next caller tries again.
  value.catch(() => {
    if (globalForCounters.portalSiteCounters?.value === value) globalForCounters.portalSiteCounters = undefined;
  });
  return value;
}
