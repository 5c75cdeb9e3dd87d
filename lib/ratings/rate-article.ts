import { z } from "zod";
import { ARTICLE_NOT_FOUND } from "@/lib/article-views/record-view";
import { publicArticleWhere } from "@/lib/articles/visibility";
import type { Db } from "@/lib/db/client";
import { READER_WRITE_TRANSACTION } from "@/lib/db/transaction-options";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { ApiError, INVALID_INPUT } from "@/lib/http/api-error";
import { recordContentChanges } from "@/lib/page-cache/content-changes";
import { BEST_RATING, ratingSummary, type RatingSummary } from "./rating-summary";

export const ALREADY_RATED = "Bạn đã đánh giá bài viết này rồi";

const SCORE_MESSAGE = `Điểm đánh giá phải là số nguyên từ 1 đến ${BEST_RATING}.`;
export const ratingInput = z.object(
  { score: z.number({ error: SCORE_MESSAGE }).int(SCORE_MESSAGE).min(1, SCORE_MESSAGE).max(BEST_RATING, SCORE_MESSAGE) },
  { error: INVALID_INPUT },
);

/**
 * Records a visitor's one vote on a public article. The (article, visitor) primary key
 * decides a race between two votes of the same visitor; the running sum and count are
 * incremented in the same transaction, so the summary never drifts from the votes.
 */
export async function rateArticle(
  db: Db,
  { articleId, visitorId, score, now = new Date() }: { articleId: number; visitorId: string; score: number; now?: Date },
): Promise<RatingSummary> {
  try {
    return await db.$transaction(async (tx) => {
      const article = await tx.article.findFirst({
        where: { id: articleId, ...publicArticleWhere(now) },
        select: { allowRating: true },
      });
      if (!article) throw new ApiError(404, ARTICLE_NOT_FOUND);
      if (!article.allowRating) throw new ApiError(403, "Bài viết này không nhận đánh giá.");
      await tx.rating.create({ data: { articleId, visitorId, score } });
      const totals = await tx.article.update({
        where: { id: articleId },
        data: { ratingSum: { increment: score }, ratingCount: { increment: 1 } },
        select: { ratingSum: true, ratingCount: true },
      });
      // The page shows the average (and says it to search engines): only that page is dropped.
      await recordContentChanges(tx, [`article:${articleId}`], now);
      return ratingSummary(totals);
    }, READER_WRITE_TRANSACTION);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ApiError(409, ALREADY_RATED);
    throw error;
  }
}

export type RatingState = RatingSummary & { score: number | null };

/**
 * The live figures and the visitor's own vote. Pages are cached for every reader alike, so the
 * widget asks for these when it loads: the vote shows after a reload, the average is current.
 */
export async function readRatingState(db: Db, articleId: number, visitorId: string | null, now = new Date()): Promise<RatingState> {
  const [article, vote] = await Promise.all([
    db.article.findFirst({ where: { id: articleId, ...publicArticleWhere(now) }, select: { ratingSum: true, ratingCount: true } }),
    visitorId ? db.rating.findUnique({ where: { articleId_visitorId: { articleId, visitorId } }, select: { score: true } }) : null,
  ]);
  if (!article) throw new ApiError(404, ARTICLE_NOT_FOUND);
  return { ...ratingSummary(article), score: vote?.score ?? null };
}
