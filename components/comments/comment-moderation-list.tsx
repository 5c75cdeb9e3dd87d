import Link from "next/link";
import { articlePath } from "@/lib/articles/article-url";
import { COMMENT_STATUS_LABELS } from "@/lib/comments/comment-status";
import type { ModerationAction } from "@/lib/comments/moderate-comment";
import type { QueuedComment } from "@/lib/comments/moderation-queue";
import { formatDateTime } from "@/lib/format/vietnam-time";

type Props = { comments: QueuedComment[]; returnTo: string; action: (formData: FormData) => Promise<void> };

const BUTTON_LABELS: Record<Exclude<ModerationAction, "delete">, string> = { approve: "Duyệt", hide: "Ẩn" };

/** The editors' list: everything about a comment, including the email readers never see. */
export function CommentModerationList({ comments, returnTo, action }: Props) {
  if (comments.length === 0) return <p className="text-muted">Không có bình luận nào ở trạng thái này.</p>;
  return (
    <ul className="space-y-3">
      {comments.map((comment) => (
        <li key={comment.id} className="rounded border border-gray-200 p-3" data-testid="moderation-item">
          <article aria-label={`Bình luận của ${comment.authorName}`}>
            <p className="text-sm">
              <strong className="break-words">{comment.authorName}</strong>{" "}
              <span className="text-muted">
                &lt;{comment.authorEmail}&gt; · {formatDateTime(comment.createdAt)} · {COMMENT_STATUS_LABELS[comment.status]}
                {comment.isReply ? " · trả lời" : ""}
                {comment.byStaff ? " · cán bộ" : ""}
              </span>
            </p>
            <p className="text-sm">
              Bài viết:{" "}
              <Link href={articlePath(comment.article)} className="underline">
                {comment.article.title}
              </Link>
            </p>
            <p className="mt-2 whitespace-pre-line break-words">{comment.content}</p>
            <div className="mt-2 flex flex-wrap items-start gap-2 text-sm">
              {(["approve", "hide"] as const)
                .filter((act) => (act === "approve" ? comment.status !== "approved" : comment.status !== "hidden"))
                .map((act) => (
                  <form key={act} action={action}>
                    <input type="hidden" name="commentId" value={comment.id} />
                    <input type="hidden" name="action" value={act} />
                    <input type="hidden" name="returnTo" value={returnTo} />
                    <button type="submit" className="rounded bg-brand-600 px-3 py-1 font-semibold text-white hover:bg-brand-700">
                      {BUTTON_LABELS[act]}
                    </button>
                  </form>
                ))}
              {/* Deleting cannot be undone, so it asks once more, without needing JavaScript. */}
              <details>
                <summary className="cursor-pointer rounded border border-gray-300 px-3 py-1">Xóa</summary>
                <form action={action} className="mt-2">
                  <input type="hidden" name="commentId" value={comment.id} />
                  <input type="hidden" name="action" value="delete" />
                  <input type="hidden" name="returnTo" value={returnTo} />
                  <button type="submit" className="rounded border border-brand-600 px-3 py-1 text-brand-700">
                    Xác nhận xóa vĩnh viễn
                  </button>
                </form>
              </details>
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
