import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";

export type DashboardCount = { label: string; count: number; href: string };

/** The work waiting for this user, limited to what their role may act on. */
export async function dashboardCounts(user: CurrentUser): Promise<DashboardCount[]> {
  const db = await getDb();
  const counts: Promise<DashboardCount>[] = [
    db.article
      .count({ where: { createdById: user.id, status: { in: ["draft", "rejected"] } } })
      .then((count) => ({ label: "Bài viết nháp hoặc bị trả lại của bạn", count, href: "/quan-tri/bai-viet" })),
  ];
  if (can(user.role, "article.publish")) {
    counts.push(
      db.article
        .count({ where: { status: "review" } })
        .then((count) => ({ label: "Bài viết chờ duyệt", count, href: "/quan-tri/bai-viet" })),
    );
  }
  if (can(user.role, "comment.moderate")) {
    counts.push(
      db.comment
        .count({ where: { status: "pending" } })
        .then((count) => ({ label: "Bình luận chờ duyệt", count, href: "/quan-tri/binh-luan" })),
    );
  }
  if (can(user.role, "user.manage")) {
    counts.push(
      db.user
        .count({ where: { disabled: false } })
        .then((count) => ({ label: "Tài khoản đang hoạt động", count, href: "/quan-tri/nguoi-dung" })),
    );
  }
  return Promise.all(counts);
}
