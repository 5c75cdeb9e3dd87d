import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditorBackLink } from "@/components/article-editor/editor-back-link";
import { ArticleEditorForm } from "@/components/article-editor/article-editor-form";
import { ArticleHistory } from "@/components/article-editor/article-history";
import { ArticleStatusBadge } from "@/components/article-editor/article-status-badge";
import { WorkflowPanel } from "@/components/article-editor/workflow-panel";
import { articlePath } from "@/lib/articles/article-url";
import { displayStatus, isPublic } from "@/lib/articles/visibility";
import { can } from "@/lib/auth/roles";
import { formValuesOf } from "@/lib/editorial/article-form-values";
import { requireArticleEditor } from "@/lib/editorial/editor-page-user";
import { getArticleForEditing, listArticleHistory, listCategoryChoices } from "@/lib/editorial/editor-queries";
import { availableActions, canEditArticle } from "@/lib/editorial/workflow";
import { formatDateTime } from "@/lib/format/vietnam-time";
import { parseSlugId } from "@/lib/text/slugify";

export const metadata: Metadata = { title: "Sửa bài viết", robots: { index: false } };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const NOTICES: Record<string, string> = {
  saved: "Đã lưu bài viết.",
  submit: "Đã lưu và gửi bài viết đi duyệt.",
  withdraw: "Đã rút bài viết về nháp.",
  reject: "Đã trả lại bài viết cho tác giả.",
  publish: "Đã xuất bản bài viết.",
  suspend: "Đã đình chỉ bài viết.",
  restored: "Đã khôi phục phiên bản đã chọn.",
};

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const user = await requireArticleEditor(`/quan-tri/bai-viet/${rawId}`);
  const id = parseSlugId(rawId);
  if (!id || id.slug !== "") notFound();
  const [article, categories, history] = await Promise.all([getArticleForEditing(id.id), listCategoryChoices(), listArticleHistory(id.id)]);
  if (!article) notFound();

  const now = new Date();
  const status = displayStatus(article, now);
  const notice = NOTICES[String((await searchParams)["thong-bao"] ?? "")];
  const editable = canEditArticle(user, article);
  const actions = availableActions(user, article);
  const scheduledNotice = notice && status === "scheduled" ? ` Bài sẽ hiện lúc ${formatDateTime(article.publishedAt!)}.` : "";

  return (
    <main className="space-y-4 rounded border border-gray-200 bg-white p-4 sm:p-6">
      <EditorBackLink href="/quan-tri/bai-viet">Danh sách bài viết</EditorBackLink>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-brand-700">Sửa bài viết</h1>
        <ArticleStatusBadge status={status} />
        <Link href={`/quan-tri/bai-viet/${article.id}/phien-ban`} className="text-sm text-brand-700 underline">
          Phiên bản đã lưu
        </Link>
        {isPublic(article, now) ? (
          <Link href={articlePath(article)} className="text-sm text-brand-700 underline">
            Xem trên cổng thông tin
          </Link>
        ) : null}
      </div>
      <p className="text-sm text-muted">
        Người viết: {article.createdBy?.name ?? "—"} · Cập nhật lần cuối: {formatDateTime(article.updatedAt)}
      </p>
      {notice ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm font-semibold text-green-900">
          {notice}
          {scheduledNotice}
        </p>
      ) : null}
      {article.status === "rejected" && article.reviewNote ? (
        <div className="rounded border border-red-300 bg-red-50 p-3 text-sm">
          <strong>Lý do trả lại:</strong> <span data-testid="review-note">{article.reviewNote}</span>
        </div>
      ) : null}

      <WorkflowPanel articleId={article.id} actions={actions.filter((action) => action !== "submit" && action !== "publish")} />

      {editable ? (
        <ArticleEditorForm
          // A fresh form after every save, so the inputs show what was stored.
          key={article.updatedAt.getTime()}
          articleId={article.id}
          values={formValuesOf(article)}
          categories={categories}
          saveActions={actions.filter((action) => action === "submit" || action === "publish")}
          canSetPublication={can(user.role, "article.publish")}
          canTakeOver={user.role === "admin"}
        />
      ) : (
        <section aria-labelledby="xem-bai" className="space-y-3">
          <p className="rounded bg-gray-100 p-3 text-sm">Bạn không sửa được bài viết này ở trạng thái hiện tại; nội dung chỉ để xem.</p>
          <h2 id="xem-bai" className="text-xl font-bold">
            {article.title}
          </h2>
          {article.summary ? <p className="font-semibold">{article.summary}</p> : null}
          {/* Stored bodies are sanitised on save (lib/html/sanitize-article-html.ts). */}
          <div className="article-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        </section>
      )}

      <ArticleHistory entries={history} />
    </main>
  );
}
