import { sqltag as sql } from "@prisma/client/runtime/client";
import { getDb } from "@/lib/db/client";

// Stored statuses. "Scheduled" and "expired" are not stored: they follow from the
// publication and expiry times at query time, so nothing (no cron) has to flip them.
export const ARTICLE_STATUSES = ["draft", "review", "rejected", "published", "suspended"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** What an editor sees: the stored status, with scheduled and expired derived from the times. */
export type ArticleDisplayStatus = ArticleStatus | "scheduled" | "expired";

type Timed = { status: string; publishedAt: Date | null; expiresAt: Date | null };

export function displayStatus(article: Timed, now = new Date()): ArticleDisplayStatus {
  if (article.status !== "published") return article.status as ArticleStatus;
  if (!article.publishedAt || article.publishedAt > now) return "scheduled";
  if (article.expiresAt && article.expiresAt <= now) return "expired";
  return "published";
}

/** Public: published, publication time passed, not expired. */
export function isPublic(article: Timed, now = new Date()): boolean {
  return displayStatus(article, now) === "published";
}

/** The same rule as a Prisma filter, for every public query. */
export function publicArticleWhere(now = new Date()) {
  return {
    status: "published",
    publishedAt: { lte: now },
    OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
  };
}

/** The same rule again as a raw SQL condition, for the hot paths that skip the query compiler. */
export function publicArticleSql(now = new Date()) {
  return sql`"status" = 'published' AND "publishedAt" <= ${now} AND ("expiresAt" IS NULL OR "expiresAt" > ${now})`;
}

/**
 * The next moment an article appears or disappears by itself (a scheduled publication or an
 * expiry), after `now`; null when none is due. Caches of public pages end there.
 */
export async function nextVisibilityChange(now = new Date()): Promise<Date | null> {
  const db = await getDb();
  const [appearing, expiring] = await Promise.all([
    db.article.findFirst({ where: { status: "published", publishedAt: { gt: now } }, orderBy: { publishedAt: "asc" }, select: { publishedAt: true } }),
    db.article.findFirst({ where: { status: "published", expiresAt: { gt: now } }, orderBy: { expiresAt: "asc" }, select: { expiresAt: true } }),
  ]);
  const times = [appearing?.publishedAt, expiring?.expiresAt].filter((time): time is Date => time instanceof Date);
  return times.length > 0 ? new Date(Math.min(...times.map((time) => time.getTime()))) : null;
}
