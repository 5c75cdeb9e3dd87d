import { COMMENT_STATUSES, type CommentStatus } from "./comment-status";

export const MODERATION_PATH = "/quan-tri/binh-luan";

export const MODERATION_NOTICES = {
  approve: "Đã duyệt bình luận.",
  hide: "Đã ẩn bình luận.",
  delete: "Đã xóa bình luận.",
  "mode-saved": "Đã lưu chế độ duyệt bình luận.",
  changed: "Bình luận vừa được người khác thay đổi. Danh sách đã được tải lại.",
  missing: "Bình luận không còn tồn tại.",
  invalid: "Yêu cầu không hợp lệ.",
  failed: "Đã có lỗi ngoài ý muốn, thao tác chưa được thực hiện. Vui lòng thử lại.",
} as const;
export type ModerationNotice = keyof typeof MODERATION_NOTICES;

export function parseModerationStatus(value: unknown): CommentStatus | null {
  if (value === undefined) return "pending";
  return COMMENT_STATUSES.find((status) => status === value) ?? null;
}

export function moderationListPath(status: CommentStatus, page = 1): string {
  const query = new URLSearchParams({ "trang-thai": status });
  if (page > 1) query.set("trang", String(page));
  return `${MODERATION_PATH}?${query}`;
}

/** Back to the list the editor acted from (only ever this page), with the outcome to announce. */
export function moderationPagePath(returnTo: string, notice: ModerationNotice): string {
  const url = new URL(returnTo.startsWith(`${MODERATION_PATH}?`) ? returnTo : MODERATION_PATH, "http://portal.invalid");
  url.searchParams.set("thong-bao", notice);
  return `${MODERATION_PATH}?${url.searchParams}`;
}
