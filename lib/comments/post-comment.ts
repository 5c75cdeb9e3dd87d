import { ARTICLE_NOT_FOUND } from "@/lib/article-views/record-view";
import { publicArticleWhere } from "@/lib/articles/visibility";
import { getDb } from "@/lib/db/client";
import { READER_WRITE_TRANSACTION } from "@/lib/db/transaction-options";
import { ForbiddenError, NotFoundError } from "@/lib/errors/domain-error";
import { recordContentChanges } from "@/lib/page-cache/content-changes";
import type { Reader } from "@/lib/visitors/identify-reader";
import type { CommentInput } from "./comment-input";
import { initialCommentStatus, readModerationMode } from "./moderation-mode";

export type PostedComment = { id: number | null; status: "approved" | "pending" };

/**
 * Stores a reader's comment (or reply) on a public article. Held for approval by the
 * moderation setting unless the author is signed-in staff; an approved one raises the
 * article's comment count in the same transaction.
 */
export async function postComment(
  {
    articleId,
    input,
    reader,
    staffUserId = null,
    now = new Date(),
  }: { articleId: number; input: CommentInput; reader: Reader; staffUserId?: number | null; now?: Date },
): Promise<PostedComment> {
  const db = await getDb();
  const status = initialCommentStatus(await readModerationMode(), staffUserId !== null);
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: articleId, ...publicArticleWhere(now) },
      select: { allowComments: true },
    });
    if (!article) throw new NotFoundError(ARTICLE_NOT_FOUND);
    if (!article.allowComments) throw new ForbiddenError("Bài viết này không nhận bình luận.");
    // A bot that filled the hidden field is told what a guest is told, and nothing is stored.
    if (input.website) return { id: null, status: "pending" };
    if (input.parentId) {
      const parent = await tx.comment.findFirst({ where: { id: input.parentId, articleId, status: "approved" }, select: { id: true } });
      if (!parent) throw new NotFoundError("Không tìm thấy bình luận bạn muốn trả lời.");
    }
    const comment = await tx.comment.create({
      data: {
        articleId,
        parentId: input.parentId ?? null,
        authorName: input.name,
        authorEmail: input.email,
        content: input.content,
        status,
        visitorId: reader.visitorId,
        ipHash: reader.ipHash,
        userId: staffUserId,
        createdAt: now,
      },
      select: { id: true },
    });
    if (status === "approved") {
      await tx.article.update({ where: { id: articleId }, data: { commentCount: { increment: 1 } } });
      await recordContentChanges(tx, [`article:${articleId}`], now);
    }
    return { id: comment.id, status };
  }, READER_WRITE_TRANSACTION);
}
