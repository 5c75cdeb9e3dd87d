import { getDb } from "@/lib/db/client";
import { COMMENT_STATUSES, type CommentStatus } from "./comment-status";

export const MODERATION_PAGE_SIZE = 20;

export type QueuedComment = {
  id: number;
  status: CommentStatus;
  authorName: string;
  authorEmail: string;
  content: string;
  createdAt: Date;
  isReply: boolean;
  byStaff: boolean;
  article: { id: number; title: string; slug: string; category: { slug: string } };
};

/** Comments for editors, one status at a time, newest first, with how many each status holds. */
export async function listCommentsForModeration(
  { status, page }: { status: CommentStatus; page: number },
): Promise<{ comments: QueuedComment[]; total: number; counts: Record<CommentStatus, number> }> {
  const db = await getDb();
  const [rows, grouped] = await Promise.all([
    db.comment.findMany({
      where: { status },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MODERATION_PAGE_SIZE,
      take: MODERATION_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        authorName: true,
        authorEmail: true,
        content: true,
        createdAt: true,
        parentId: true,
        userId: true,
        article: { select: { id: true, title: true, slug: true, category: { select: { slug: true } } } },
      },
    }),
    db.comment.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(COMMENT_STATUSES.map((s) => [s, 0])) as Record<CommentStatus, number>;
  for (const group of grouped) if (group.status in counts) counts[group.status as CommentStatus] = group._count._all;
  return {
    comments: rows.map(({ parentId, userId, ...row }) => ({
      ...row,
      status: row.status as CommentStatus,
      isReply: parentId !== null,
      byStaff: userId !== null,
    })),
    total: counts[status],
    counts,
  };
}
