import { join, sqltag as sql } from "@prisma/client/runtime/client";
import { z } from "zod";
import { ARTICLE_NOT_FOUND } from "@/lib/article-views/record-view";
import { publicArticleSql, publicArticleWhere } from "@/lib/articles/visibility";
import { momentBatches } from "@/lib/counters/group-commit";
import { type Db, getDb } from "@/lib/db/client";
import { READER_WRITE_TRANSACTION } from "@/lib/db/transaction-options";
import { ConflictError, ForbiddenError, INVALID_INPUT, NotFoundError } from "@/lib/errors/domain-error";
import { recordContentChanges } from "@/lib/page-cache/content-changes";
import { BEST_RATING, ratingSummary, type RatingSummary } from "./rating-summary";

export const ALREADY_RATED = "Bạn đã đánh giá bài viết này rồi";
const RATING_CLOSED = "Bài viết này không nhận đánh giá.";

const SCORE_MESSAGE = `Điểm đánh giá phải là số nguyên từ 1 đến ${BEST_RATING}.`;
export const ratingInput = z.object(
  { score: z.number({ error: SCORE_MESSAGE }).int(SCORE_MESSAGE).min(1, SCORE_MESSAGE).max(BEST_RATING, SCORE_MESSAGE) },
  { error: INVALID_INPUT },
);

type RatingRequest = { articleId: number; visitorId: string; score: number };

/**
 * Records a visitor's one vote on a public article and answers the article's summary with it.
 * Concurrent votes are written together (momentBatches), one transaction per batch, as the views
 * are: under a burst a batch costs a few statements instead of a transaction per vote. The
 * (article, visitor) primary key decides a race between two votes of the same visitor, in one
 * batch or across instances; the running sum and count rise in the same transaction as the
 * votes, so the summary never drifts from them.
 */
export const rateArticle: (request: RatingRequest) => Promise<RatingSummary> = momentBatches(recordRatingsAt);

async function recordRatingsAt(db: Db, now: Date, requests: RatingRequest[]): Promise<(RatingSummary | Error)[]> {
  const keyOf = ({ articleId, visitorId }: { articleId: number; visitorId: string }) => `${articleId} ${visitorId}`;
  return db.$transaction(async (tx) => {
    const articleIds = [...new Set(requests.map(({ articleId }) => articleId))];
    // Raw SQL, as the views: Prisma's query compiler costs about a millisecond a query here.
    const articles = await tx.$queryRaw<{ id: number | bigint; allowRating: boolean | number | bigint }[]>`
      SELECT "id", "allowRating" FROM "Article" WHERE "id" IN (${join(articleIds)}) AND ${publicArticleSql(now)}`;
    const accepting = new Map(articles.map(({ id, allowRating }) => [Number(id), Boolean(Number(allowRating))]));
    // A visitor's second vote in the same batch is refused like one already stored.
    const firstOfKey = new Map<string, number>();
    requests.forEach((request, index) => {
      if (accepting.get(request.articleId) && !firstOfKey.has(keyOf(request))) firstOfKey.set(keyOf(request), index);
    });
    const votes = [...firstOfKey.values()].map((index) => requests[index]);
    const stored =
      votes.length === 0
        ? []
        : await tx.$queryRaw<{ articleId: number | bigint; visitorId: string }[]>`
            INSERT INTO "Rating" ("articleId", "visitorId", "score", "createdAt")
            VALUES ${join(votes.map(({ articleId, visitorId, score }) => sql`(${articleId}, ${visitorId}, ${score}, ${now})`))}
            ON CONFLICT DO NOTHING
            RETURNING "articleId", "visitorId"`;
    const counted = new Set(stored.map(({ articleId, visitorId }) => keyOf({ articleId: Number(articleId), visitorId })));

    const added = new Map<number, { sum: number; count: number }>();
    for (const vote of votes.filter((vote) => counted.has(keyOf(vote)))) {
      const total = added.get(vote.articleId) ?? { sum: 0, count: 0 };
      added.set(vote.articleId, { sum: total.sum + vote.score, count: total.count + 1 });
    }
    // PostgreSQL cannot infer a parameter's type in a CASE branch: the casts say it.
    const raised =
      added.size === 0
        ? []
        : await tx.$queryRaw<{ id: number | bigint; ratingSum: number | bigint; ratingCount: number | bigint }[]>`
            UPDATE "Article" SET
              "ratingSum" = "ratingSum" + CASE "id" ${join([...added].map(([id, { sum }]) => sql`WHEN ${id} THEN CAST(${sum} AS INTEGER)`), " ")} END,
              "ratingCount" = "ratingCount" + CASE "id" ${join([...added].map(([id, { count }]) => sql`WHEN ${id} THEN CAST(${count} AS INTEGER)`), " ")} END
            WHERE "id" IN (${join([...added.keys()])})
            RETURNING "id", "ratingSum", "ratingCount"`;
    const summaries = new Map(
      raised.map(({ id, ratingSum, ratingCount }) => [Number(id), ratingSummary({ ratingSum: Number(ratingSum), ratingCount: Number(ratingCount) })]),
    );
    // The page shows the average (and says it to search engines): only those pages are dropped.
    await recordContentChanges(tx, [...added.keys()].map((articleId) => `article:${articleId}` as const), now);

    return requests.map((request, index) => {
      const open = accepting.get(request.articleId);
      if (open === undefined) return new NotFoundError(ARTICLE_NOT_FOUND);
      if (!open) return new ForbiddenError(RATING_CLOSED);
      const summary = summaries.get(request.articleId);
      if (firstOfKey.get(keyOf(request)) !== index || !counted.has(keyOf(request)) || !summary) return new ConflictError(ALREADY_RATED);
      return summary;
    });
  }, READER_WRITE_TRANSACTION);
}

export type RatingState = RatingSummary & { score: number | null };

/**
 * The live figures and the visitor's own vote. Pages are cached for every reader alike, so the
 * widget asks for these when it loads: the vote shows after a reload, the average is current.
 */
export async function readRatingState(articleId: number, visitorId: string | null, now = new Date()): Promise<RatingState> {
  const db = await getDb();
  const [article, vote] = await Promise.all([
    db.article.findFirst({ where: { id: articleId, ...publicArticleWhere(now) }, select: { ratingSum: true, ratingCount: true } }),
    visitorId ? db.rating.findUnique({ where: { articleId_visitorId: { articleId, visitorId } }, select: { score: true } }) : null,
  ]);
  if (!article) throw new NotFoundError(ARTICLE_NOT_FOUND);
  return { ...ratingSummary(article), score: vote?.score ?? null };
}
