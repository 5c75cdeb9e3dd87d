export const COMMENT_STATUSES = ["pending", "approved", "hidden"] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
  pending: "Chờ duyệt",
  approved: "Đã duyệt",
  hidden: "Đã ẩn",
};

export const COMMENT_NOT_FOUND = "Không tìm thấy bình luận.";
