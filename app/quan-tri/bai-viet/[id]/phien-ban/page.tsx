import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorBackLink } from "@/components/article-editor/editor-back-link";
import { RestoreRevisionButton } from "@/components/article-editor/restore-revision-button";
import { RevisionDiff } from "@/components/article-editor/revision-diff";
import { parseSnapshot, snapshotLines } from "@/lib/editorial/article-snapshot";
import { requireArticleEditor } from "@/lib/editorial/editor-page-user";
import { getArticleForEditing, listRevisions } from "@/lib/editorial/editor-queries";
import { diffLines } from "@/lib/editorial/line-diff";
import { canEditArticle } from "@/lib/editorial/workflow";
import { formatDateTime } from "@/lib/format/vietnam-time";
import { parseSlugId } from "@/lib/text/slugify";
import { ScrollableTable } from "@/components/ui/scrollable-table";

export const metadata: Metadata = { title: "Phiên bản bài viết", robots: { index: false } };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function RevisionsPage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const user = await requireArticleEditor(`/quan-tri/bai-viet/${rawId}/phien-ban`);
  const id = parseSlugId(rawId);
  if (!id || id.slug !== "") notFound();
  const [article, revisions] = await Promise.all([getArticleForEditing(id.id), listRevisions(id.id)]);
  if (!article) notFound();

  const query = await searchParams;
  const pick = (value: unknown, fallback: number | undefined) =>
    revisions.find((revision) => String(revision.id) === value)?.id ?? fallback;
  // By default: the latest save against the one before it.
  const newerId = pick(query.sau, revisions[0]?.id);
  const olderId = pick(query.truoc, revisions[1]?.id ?? revisions[0]?.id);
  const older = revisions.find((revision) => revision.id === olderId);
  const newer = revisions.find((revision) => revision.id === newerId);
  const diff = older && newer ? diffLines(snapshotLines(parseSnapshot(older.snapshot)), snapshotLines(parseSnapshot(newer.snapshot))) : [];
  const editable = canEditArticle(user, article);

  return (
    <main className="space-y-4 rounded border border-gray-200 bg-white p-4 sm:p-6">
      <EditorBackLink href={`/quan-tri/bai-viet/${article.id}`}>Quay lại bài viết</EditorBackLink>
      <h1 className="text-2xl font-bold text-brand-700">Phiên bản: {article.title}</h1>

      {/* The radios belong to the compare form by its id, so each restore button can be a form of its own. */}
      <ScrollableTable label="Các lần lưu bài viết">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Các lần lưu bài viết, mới nhất trước</caption>
          <thead>
            <tr className="border-b-2 border-gray-300 text-left">
              <th scope="col" className="py-2 pr-2">Bản cũ</th>
              <th scope="col" className="py-2 pr-2">Bản mới</th>
              <th scope="col" className="py-2 pr-2">Phiên bản</th>
              <th scope="col" className="py-2 pr-2">Thời điểm</th>
              <th scope="col" className="py-2 pr-2">Người lưu</th>
              <th scope="col" className="py-2 pr-2">Ghi chú</th>
              <th scope="col" className="py-2">
                <span className="sr-only">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.id} className="border-b border-gray-200">
                <td className="py-1.5 pr-2">
                  <input type="radio" form="chon-phien-ban" name="truoc" value={revision.id} defaultChecked={revision.id === olderId} aria-label={`So sánh từ phiên bản #${revision.id}`} />
                </td>
                <td className="py-1.5 pr-2">
                  <input type="radio" form="chon-phien-ban" name="sau" value={revision.id} defaultChecked={revision.id === newerId} aria-label={`So sánh đến phiên bản #${revision.id}`} />
                </td>
                <td className="py-1.5 pr-2">#{revision.id}</td>
                <td className="py-1.5 pr-2 whitespace-nowrap">{formatDateTime(revision.createdAt)}</td>
                <td className="py-1.5 pr-2">{revision.createdBy?.name ?? "—"}</td>
                <td className="py-1.5 pr-2">{revision.note}</td>
                <td className="py-1.5">{editable && revision.id !== revisions[0].id ? <RestoreRevisionButton articleId={article.id} revisionId={revision.id} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
      <form id="chon-phien-ban" method="get">
        <button type="submit" className="rounded border border-brand-600 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50">
          So sánh
        </button>
      </form>

      {older && newer ? (
        <section aria-labelledby="so-sanh">
          <h2 id="so-sanh" className="text-lg font-bold">
            Thay đổi từ #{older.id} đến #{newer.id}
          </h2>
          <RevisionDiff lines={diff} />
        </section>
      ) : (
        <p>Bài viết chưa có phiên bản nào được lưu.</p>
      )}
    </main>
  );
}
