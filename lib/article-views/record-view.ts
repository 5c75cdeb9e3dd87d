import { publicArticleWhere } from "@/lib/articles/visibility";
import { claimCount } from "@/lib/counters/count-once";
import type { Db } from "@/lib/db/client";
import { READER_WRITE_TRANSACTION } from "@/lib/db/transaction-options";
import { ApiError } from "@/lib/http/api-error";

export const ARTICLE_NOT_FOUND = "Không tìm thấy bài viết.";

/**
 * Counts a visitor's view of a public article, at most once per visitor per window
 * (claimCount), and answers the live total. The claim and the increment share one
 * transaction so a claimed view is never lost between them. A null visitor (a crawler)
 * only reads the total.
 */
export async function recordArticleView(
  db: Db,
  { articleId, visitorId, now = new Date() }: { articleId: number; visitorId: string | null; now?: Date },
): Promise<{ views: number; counted: boolean }> {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: articleId, ...publicArticleWhere(now) },
      select: { viewCount: true },
    });
    if (!article) throw new ApiError(404, ARTICLE_NOT_FOUND);
    const counted = visitorId !== null && (await claimCount(tx as Db, { kind: "article-view", targetId: articleId, visitorId, now }));
    if (!counted) return { views: article.viewCount, counted };
    const { viewCount } = await tx.article.update({
      where: { id: articleId },
      data: { viewCount: { increment: 1 } },
      select: { viewCount: true },
    });
    return { views: viewCount, counted };
  }, READER_WRITE_TRANSACTION);
}
