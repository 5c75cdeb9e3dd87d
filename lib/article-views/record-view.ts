import { publicArticleSql } from "@/lib/articles/visibility";
import { claimAndIncrement } from "@/lib/counters/count-once";
import type { Db } from "@/lib/db/client";
import { ApiError } from "@/lib/http/api-error";

export const ARTICLE_NOT_FOUND = "Không tìm thấy bài viết.";

/**
 * Counts a visitor's view of a public article, at most once per visitor per window, and
 * answers the live total: after a counted view, the total right after its own increment
 * (claimAndIncrement does both as one unit). A null visitor (a crawler) only reads the total.
 * Raw SQL throughout: this is the portal's busiest write.
 */
export async function recordArticleView(
  db: Db,
  { articleId, visitorId, now = new Date() }: { articleId: number; visitorId: string | null; now?: Date },
): Promise<{ views: number; counted: boolean }> {
  const [article] = await db.$queryRaw<{ viewCount: number | bigint }[]>`
    SELECT "viewCount" FROM "Article" WHERE "id" = ${articleId} AND ${publicArticleSql(now)}`;
  if (!article) throw new ApiError(404, ARTICLE_NOT_FOUND);
  const total = visitorId === null ? null : await claimAndIncrement(db, { kind: "article-view", targetId: articleId, visitorId, now });
  return total === null ? { views: Number(article.viewCount), counted: false } : { views: total, counted: true };
}
