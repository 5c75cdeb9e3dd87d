import { formatDateTime } from "@/lib/format/vietnam-time";

const ACTION_LABELS: Record<string, string> = {
  "article.create": "Tạo bài viết",
  "article.update": "Lưu nội dung",
  "article.submit": "Gửi duyệt",
  "article.withdraw": "Rút về nháp",
  "article.reject": "Trả lại",
  "article.publish": "Xuất bản",
  "article.schedule": "Hẹn giờ đăng",
  "article.suspend": "Đình chỉ",
  "article.restore": "Khôi phục phiên bản",
  "article.lock-takeover": "Tiếp quản quyền sửa",
};

type Entry = { id: number; action: string; detail: string | null; createdAt: Date; user: { name: string } | null };

/** Who did what to the article and when, from the audit log. */
export function ArticleHistory({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="lich-su" className="border-t border-gray-200 pt-4">
      <h2 id="lich-su" className="text-base font-bold">
        Lịch sử xử lý
      </h2>
      <ol className="mt-2 space-y-1 text-sm">
        {entries.map((entry) => {
          const note = entry.detail ? (JSON.parse(entry.detail) as { note?: string }).note : undefined;
          return (
            <li key={entry.id}>
              <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt)}</time> —{" "}
              <strong>{ACTION_LABELS[entry.action] ?? entry.action}</strong> bởi {entry.user?.name ?? "(tài khoản đã xóa)"}
              {note && entry.action === "article.reject" ? `: “${note}”` : ""}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
