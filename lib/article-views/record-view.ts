import { join } from "@prisma/client/runtime/client";
import { publicArticleSql } from "@/lib/articles/visibility";
import { claimAndIncrementMany } from "@/lib/counters/count-once";
import { momentBatches } from "@/lib/counters/group-commit";
import type { Db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-error";

export const ARTICLE_NOT_FOUND = "Không tìm thấy bài viết.";

type ViewRequest = { articleId: number; visitorId: string | null };
type ViewResult = { views: number; counted: boolean };

/**
 * Counts a visitor's view of a public article, at most once per visitor per window, and
 * answers the live total: after a counted view, the total right after its own increment. A
 * null visitor (a crawler) only reads the total. This is the portal's busiest write, so the
 * views of concurrent requests are written together (momentBatches), in raw SQL: one claim that
 * checks the public rule and commits the increments, and a read or two, per batch.
 */
export const recordArticleView = articleViewRecorder();

/** recordArticleView on another clock (a test's). */
export function articleViewRecorder(clock?: () => Date): (request: ViewRequest) => Promise<ViewResult> {
  return momentBatches(recordViewsAt, clock);
}

async function recordViewsAt(db: Db, now: Date, requests: ViewRequest[]): Promise<(ViewResult | Error)[]> {
  const counting = requests.filter((request): request is ViewRequest & { visitorId: string } => request.visitorId !== null);
  const totals = await claimAndIncrementMany(
    "article-view",
    counting.map(({ articleId, visitorId }) => ({ targetId: articleId, visitorId })),
    { now, eligible: publicArticleSql(now) },
  );
  const countedTotal = new Map<ViewRequest, number>();
  counting.forEach((request, index) => {
    if (totals[index] !== null) countedTotal.set(request, totals[index]);
  });
  // The rest (a crawler, a repeat, an article that is not public) read the live total, which
  // already holds this batch's views; a batch where every view counted needs no read at all.
  const uncountedIds = [...new Set(requests.filter((request) => !countedTotal.has(request)).map(({ articleId }) => articleId))];
  const rows =
    uncountedIds.length === 0
      ? []
      : await db.$queryRaw<{ id: number | bigint; viewCount: number | bigint }[]>`
          SELECT "id", "viewCount" FROM "Article" WHERE "id" IN (${join(uncountedIds)}) AND ${publicArticleSql(now)}`;
  const latest = new Map(rows.map(({ id, viewCount }) => [Number(id), Number(viewCount)]));
  return requests.map((request) => {
    const total = countedTotal.get(request);
    if (total !== undefined) return { views: total, counted: true };
    const views = latest.get(request.articleId);
    return views === undefined ? new NotFoundError(ARTICLE_NOT_FOUND) : { views, counted: false };
  });
}
