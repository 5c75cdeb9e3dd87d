import type { Metadata } from "next";
import { EditorBackLink } from "@/components/article-editor/editor-back-link";
import { ArticleEditorForm } from "@/components/article-editor/article-editor-form";
import { can } from "@/lib/auth/roles";
import { EMPTY_FORM_VALUES } from "@/lib/editorial/article-form-values";
import { requireArticleEditor } from "@/lib/editorial/editor-page-user";
import { listCategoryChoices } from "@/lib/editorial/editor-queries";
import { availableActions } from "@/lib/editorial/workflow";

export const metadata: Metadata = { title: "Viết bài mới", robots: { index: false } };

export default async function NewArticlePage() {
  const user = await requireArticleEditor("/quan-tri/bai-viet/moi");
  const categories = await listCategoryChoices();
  // A new article starts as the user's own draft.
  const saveActions = availableActions(user, { status: "draft", createdById: user.id }).filter((a) => a === "submit" || a === "publish");
  return (
    <main className="rounded border border-gray-200 bg-white p-4 sm:p-6">
      <EditorBackLink href="/quan-tri/bai-viet">Danh sách bài viết</EditorBackLink>
      <h1 className="mb-4 text-2xl font-bold text-brand-700">Viết bài mới</h1>
      <ArticleEditorForm
        articleId={null}
        values={{ ...EMPTY_FORM_VALUES, authorName: user.name }}
        categories={categories.filter((category) => category.active)}
        saveActions={saveActions}
        canSetPublication={can(user.role, "article.publish")}
        canTakeOver={false}
      />
    </main>
  );
}
