import { recordContentChanges } from "@/lib/page-cache/content-changes";
import { z } from "zod";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertPermission } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors/domain-error";
import { COMMENT_NOT_FOUND, type CommentStatus } from "./comment-status";

export const MODERATION_ACTIONS = ["approve", "hide", "delete"] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];
export const moderationActionSchema = z.object({
  commentId: z.coerce.number().int().positive().max(2_147_483_647),
  action: z.enum(MODERATION_ACTIONS),
});

const TARGET_STATUS: Record<Exclude<ModerationAction, "delete">, CommentStatus> = { approve: "approved", hide: "hidden" };

/**
 * Approves, hides or deletes a comment. The article's comment count follows in the same
 * transaction, and only when the comment enters or leaves "approved". Each write is
 * conditional on the status just read, so two editors acting at once cannot both count.
 * A deleted comment's replies move up to its parent, keeping the threads whole.
 */
export async function moderateComment(
  actor: Actor | null,
  { commentId, action }: { commentId: number; action: ModerationAction },
): Promise<void> {
  const db = await getDb();
  assertPermission(actor, "comment.moderate");
  await db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({ where: { id: commentId }, select: { articleId: true, parentId: true, status: true } });
    if (!comment) throw new NotFoundError(COMMENT_NOT_FOUND);
    const wasApproved = comment.status === "approved";
    let isApproved: boolean;
    if (action === "delete") {
      await tx.comment.updateMany({ where: { parentId: commentId }, data: { parentId: comment.parentId } });
      const { count } = await tx.comment.deleteMany({ where: { id: commentId, status: comment.status } });
      if (count === 0) throw changedMeanwhile();
      isApproved = false;
    } else {
      const status = TARGET_STATUS[action];
      if (status === comment.status) return;
      const { count } = await tx.comment.updateMany({ where: { id: commentId, status: comment.status }, data: { status } });
      if (count === 0) throw changedMeanwhile();
      isApproved = status === "approved";
    }
    if (isApproved !== wasApproved) {
      await tx.article.update({
        where: { id: comment.articleId },
        data: { commentCount: isApproved ? { increment: 1 } : { decrement: 1 } },
      });
    }
    await recordContentChanges(tx, [`article:${comment.articleId}`]);
    await recordAudit(tx, actor, { action: `comment.${action}`, targetType: "comment", targetId: commentId, detail: { articleId: comment.articleId } });
  });
}

function changedMeanwhile() {
  return new ConflictError("Bình luận vừa được người khác thay đổi. Vui lòng tải lại trang.");
}
