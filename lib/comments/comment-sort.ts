// The public shape of the comment list, shared by the API and the browser island.

export const COMMENT_SORTS = ["newest", "oldest", "liked"] as const;
export type CommentSort = (typeof COMMENT_SORTS)[number];
export const COMMENT_SORT_LABELS: Record<CommentSort, string> = {
  newest: "Mới nhất",
  oldest: "Cũ nhất",
  liked: "Nhiều lượt thích nhất",
};
export const COMMENTS_PER_PAGE = 10;

/** What a reader sees of a comment: never the email, the address or the visitor id. */
export type PublicComment = {
  id: number;
  name: string;
  content: string;
  createdAt: string;
  likes: number;
  dislikes: number;
  /** This visitor's own reaction, so the buttons can say so after a reload. */
  myReaction: "like" | "dislike" | null;
  replies: PublicComment[];
};

export type CommentPage = { comments: PublicComment[]; total: number; page: number; pageCount: number; sort: CommentSort };

