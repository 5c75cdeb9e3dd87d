import { z } from "zod";
import { publicArticleWhere } from "@/lib/articles/visibility";
import { getDb } from "@/lib/db/client";
import { READER_WRITE_TRANSACTION } from "@/lib/db/transaction-options";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { ConflictError, INVALID_INPUT, NotFoundError } from "@/lib/errors/domain-error";
import { COMMENT_NOT_FOUND } from "./comment-status";

export const reactionInput = z.object(
  { reaction: z.enum(["like", "dislike"], { error: "Chỉ có thể thích hoặc không thích bình luận." }) },
  { error: INVALID_INPUT },
);
export type Reaction = z.infer<typeof reactionInput>["reaction"];

export const ALREADY_REACTED = "Bạn đã bày tỏ ý kiến về bình luận này rồi.";

/**
 * One like or dislike per visitor per approved comment: the (comment, visitor) primary key
 * settles races, and the counter moves in the same transaction.
 */
export async function reactToComment(
  { commentId, visitorId, reaction, now = new Date() }: { commentId: number; visitorId: string; reaction: Reaction; now?: Date },
): Promise<{ likes: number; dislikes: number }> {
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const comment = await tx.comment.findFirst({
        where: { id: commentId, status: "approved", article: publicArticleWhere(now) },
        select: { id: true },
      });
      if (!comment) throw new NotFoundError(COMMENT_NOT_FOUND);
      await tx.commentReaction.create({ data: { commentId, visitorId, value: reaction === "like" ? 1 : -1 } });
      const counts = await tx.comment.update({
        where: { id: commentId },
        data: reaction === "like" ? { likeCount: { increment: 1 } } : { dislikeCount: { increment: 1 } },
        select: { likeCount: true, dislikeCount: true },
      });
      return { likes: counts.likeCount, dislikes: counts.dislikeCount };
    }, READER_WRITE_TRANSACTION);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(ALREADY_REACTED);
    throw error;
  }
}
