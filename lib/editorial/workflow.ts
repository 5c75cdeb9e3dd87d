import type { CurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/roles";
import type { ArticleStatus } from "@/lib/articles/visibility";

// The editorial workflow: which stored status each action leaves from and goes to, and who
// may take it. Scheduling is "publish" with a future publication time; expiry is a time, not
// a status (lib/articles/visibility.ts), so neither needs a cron.

export const WORKFLOW_ACTIONS = {
  submit: { from: ["draft", "rejected"], to: "review", permission: "article.write", label: "Gửi duyệt", audit: "article.submit" },
  withdraw: { from: ["review"], to: "draft", permission: "article.write", label: "Rút về nháp", audit: "article.withdraw" },
  reject: { from: ["review"], to: "rejected", permission: "article.publish", label: "Trả lại", audit: "article.reject" },
  publish: {
    from: ["draft", "review", "rejected", "suspended"],
    to: "published",
    permission: "article.publish",
    label: "Xuất bản",
    audit: "article.publish",
  },
  suspend: { from: ["published"], to: "suspended", permission: "article.publish", label: "Đình chỉ", audit: "article.suspend" },
} as const satisfies Record<
  string,
  { from: readonly ArticleStatus[]; to: ArticleStatus; permission: Permission; label: string; audit: string }
>;

export type WorkflowAction = keyof typeof WORKFLOW_ACTIONS;

export const STATUS_LABELS: Record<ArticleStatus | "scheduled" | "expired", string> = {
  draft: "Bản nháp",
  review: "Chờ duyệt",
  rejected: "Bị trả lại",
  published: "Đã xuất bản",
  suspended: "Đình chỉ",
  scheduled: "Hẹn giờ đăng",
  expired: "Hết hạn",
};

type Owned = { status: string; createdById: number | null };
/** Who the rules look at: the account and its role (a signed-in user or an actor). */
type Staff = Pick<CurrentUser, "id" | "role">;

const isOwner = (user: Staff, article: Owned) => article.createdById === user.id;

/**
 * Editors change their own drafts and rejected articles only; publishers and admins change
 * any article in any status (a published article is corrected in place).
 */
export function canEditArticle(user: Staff, article: Owned): boolean {
  if (can(user.role, "article.publish")) return true;
  return can(user.role, "article.write") && isOwner(user, article) && (article.status === "draft" || article.status === "rejected");
}

/** Whether the user may take this action on the article in its current status. */
export function canTakeAction(user: Staff, article: Owned, action: WorkflowAction): boolean {
  const rule = WORKFLOW_ACTIONS[action];
  if (!(rule.from as readonly string[]).includes(article.status)) return false;
  if (!can(user.role, rule.permission)) return false;
  // Submitting and withdrawing are the author's (or a publisher's) decision, not any editor's.
  if (rule.permission === "article.write" && !can(user.role, "article.publish")) return isOwner(user, article);
  return true;
}

export function availableActions(user: Staff, article: Owned): WorkflowAction[] {
  return (Object.keys(WORKFLOW_ACTIONS) as WorkflowAction[]).filter((action) => canTakeAction(user, article, action));
}
