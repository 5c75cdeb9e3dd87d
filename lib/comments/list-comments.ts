import { z } from "zod";
import { ARTICLE_NOT_FOUND } from "@/lib/article-views/record-view";
import { publicArticleWhere } from "@/lib/articles/visibility";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-error";
import { pageCount } from "@/lib/pagination/page-param";
import { COMMENT_SORTS, COMMENTS_PER_PAGE, type CommentPage, type CommentSort, type PublicComment } from "./comment-sort";
import { groupBy } from "@/lib/collections/group-by";

export const commentListQuery = z.object({
  sort: z.enum(COMMENT_SORTS, { error: "Cách sắp xếp không hợp lệ." }).default("newest"),
  page: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, "Số trang không hợp lệ.")
    .transform(Number)
    .default(1),
});

type Row = {
  id: number;
  parentId: number | null;
  status: string;
  authorName: string;
  content: string;
  createdAt: Date;
  likeCount: number;
  dislikeCount: number;
};

const TOP_LEVEL_ORDER: Record<CommentSort, (a: Row, b: Row) => number> = {
  newest: (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id,
  oldest: (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id,
  liked: (a, b) => b.likeCount - a.likeCount || a.dislikeCount - b.dislikeCount || b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id,
};
// Replies read as a conversation, oldest first, whatever the order of the threads.
const REPLY_ORDER = TOP_LEVEL_ORDER.oldest;

/**
 * One page of an article's approved comments as threads: top-level comments sorted and
 * paginated, each with all its approved replies nested. A reply whose parent was hidden
 * or is pending is shown under its nearest approved ancestor, so an approved comment is
 * never lost from view (and the count "Phản hồi" matches what is shown).
 */
export async function listArticleComments(
  articleId: number,
  { sort, page, visitorId = null, now = new Date() }: { sort: CommentSort; page: number; visitorId?: string | null; now?: Date },
): Promise<CommentPage> {
  const db = await getDb();
  const article = await db.article.findFirst({ where: { id: articleId, ...publicArticleWhere(now) }, select: { id: true } });
  if (!article) throw new NotFoundError(ARTICLE_NOT_FOUND);
  // An article's comments number in the hundreds at most: one query, threads built here.
  const rows: Row[] = await db.comment.findMany({
    where: { articleId },
    select: { id: true, parentId: true, status: true, authorName: true, content: true, createdAt: true, likeCount: true, dislikeCount: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const approvedAncestor = (row: Row): number | null => {
    const seen = new Set<number>();
    let parentId = row.parentId;
    while (parentId !== null && !seen.has(parentId)) {
      seen.add(parentId);
      const parent = byId.get(parentId);
      if (!parent) return null;
      if (parent.status === "approved") return parent.id;
      parentId = parent.parentId;
    }
    return null;
  };

  const approved = rows.filter((row) => row.status === "approved");
  // Replies under their nearest approved ancestor; null holds the top-level comments.
  const byParent = groupBy(approved, approvedAncestor);
  const topLevel = byParent.get(null) ?? [];
  topLevel.sort(TOP_LEVEL_ORDER[sort]);
  const pages = pageCount(topLevel.length, COMMENTS_PER_PAGE);
  if (page > pages) throw new NotFoundError("Không có trang bình luận này.");
  const onPage = topLevel.slice((page - 1) * COMMENTS_PER_PAGE, page * COMMENTS_PER_PAGE);

  const reactions = visitorId
    ? await db.commentReaction.findMany({
        where: { visitorId, comment: { articleId } },
        select: { commentId: true, value: true },
      })
    : [];
  const myReaction = new Map(reactions.map((reaction) => [reaction.commentId, reaction.value > 0 ? "like" : "dislike"] as const));

  const toPublic = (row: Row): PublicComment => ({
    id: row.id,
    name: row.authorName,
    content: row.content,
    createdAt: row.createdAt.toISOString(),
    likes: row.likeCount,
    dislikes: row.dislikeCount,
    myReaction: myReaction.get(row.id) ?? null,
    replies: (byParent.get(row.id) ?? []).sort(REPLY_ORDER).map(toPublic),
  });
  return { comments: onPage.map(toPublic), total: approved.length, page, pageCount: pages, sort };
}
