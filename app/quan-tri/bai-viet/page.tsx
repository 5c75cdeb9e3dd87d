import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleStatusBadge } from "@/components/article-editor/article-status-badge";
import { Pagination } from "@/components/ui/pagination";
import { requireArticleEditor } from "@/lib/editorial/editor-page-user";
import {
  LIST_STATUS_FILTERS,
  listArticlesForEditors,
  listAuthorChoices,
  listCategoryChoices,
  type ArticleListFilter,
  type ListStatusFilter,
} from "@/lib/editorial/editor-queries";
import { STATUS_LABELS } from "@/lib/editorial/workflow";
import { formatCount } from "@/lib/format/number";
import { formatDateTime } from "@/lib/format/vietnam-time";
import { pageCount, parsePageParam } from "@/lib/pagination/page-param";
import { ScrollableTable } from "@/components/ui/scrollable-table";

export const metadata: Metadata = { title: "Bài viết", robots: { index: false } };

const PER_PAGE = 25;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A filter select over named rows, with "Tất cả" for no filter. */
function ChoiceFilter({ label, name, value, choices }: { label: string; name: string; value?: number; choices: { id: number; name: string }[] }) {
  return (
    <label className="font-semibold">
      {label}
      <select name={name} defaultValue={value ?? ""} className={FILTER_CONTROL}>
        <option value="">Tất cả</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </label>
  );
}

const FILTER_CONTROL = "mt-1 block rounded border border-gray-400 px-2 py-1.5 font-normal";

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");
const positiveId = (value: string) => (/^[1-9]\d{0,9}$/.test(value) ? Number(value) : undefined);

export default async function ArticleListPage({ searchParams }: Props) {
  const params = await searchParams;
  await requireArticleEditor("/quan-tri/bai-viet");
  const page = parsePageParam(params.trang);
  if (page === null) notFound();

  const status = single(params["trang-thai"]);
  const filter: ArticleListFilter = {
    status: (LIST_STATUS_FILTERS as readonly string[]).includes(status) ? (status as ListStatusFilter) : undefined,
    categoryId: positiveId(single(params["chuyen-muc"])),
    authorId: positiveId(single(params["tac-gia"])),
    text: single(params.q).trim().slice(0, 200) || undefined,
  };
  const [{ items, total }, categories, authors] = await Promise.all([
    listArticlesForEditors(filter, { page, perPage: PER_PAGE }),
    listCategoryChoices(),
    listAuthorChoices(),
  ]);

  const query = new URLSearchParams();
  if (filter.status) query.set("trang-thai", filter.status);
  if (filter.categoryId) query.set("chuyen-muc", String(filter.categoryId));
  if (filter.authorId) query.set("tac-gia", String(filter.authorId));
  if (filter.text) query.set("q", filter.text);
  const hrefForPage = (target: number) => {
    const next = new URLSearchParams(query);
    if (target > 1) next.set("trang", String(target));
    const text = next.toString();
    return text ? `/quan-tri/bai-viet?${text}` : "/quan-tri/bai-viet";
  };

  return (
    <main className="rounded border border-gray-200 bg-white p-4 sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-700">Bài viết</h1>
        <Link href="/quan-tri/bai-viet/moi" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          Viết bài mới
        </Link>
      </div>

      <form method="get" role="search" aria-label="Lọc bài viết" className="mt-4 flex flex-wrap items-end gap-3 text-sm">
        <label className="font-semibold">
          Trạng thái
          <select name="trang-thai" defaultValue={filter.status ?? ""} className={FILTER_CONTROL}>
            <option value="">Tất cả</option>
            {LIST_STATUS_FILTERS.map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <ChoiceFilter label="Chuyên mục" name="chuyen-muc" value={filter.categoryId} choices={categories} />
        <ChoiceFilter label="Người viết" name="tac-gia" value={filter.authorId} choices={authors} />
        <label className="font-semibold">
          Từ khóa
          <input name="q" type="search" defaultValue={filter.text ?? ""} className={FILTER_CONTROL} />
        </label>
        <button type="submit" className="rounded border border-brand-600 px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-50">
          Lọc
        </button>
      </form>

      <p className="mt-4 text-sm text-muted" role="status">
        {formatCount(total)} bài viết
      </p>
      <ScrollableTable label="Danh sách bài viết" className="mt-2">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b-2 border-gray-300 text-left">
              <th scope="col" className="py-2 pr-3">Tiêu đề</th>
              <th scope="col" className="py-2 pr-3">Chuyên mục</th>
              <th scope="col" className="py-2 pr-3">Người viết</th>
              <th scope="col" className="py-2 pr-3">Trạng thái</th>
              <th scope="col" className="py-2">Cập nhật</th>
            </tr>
          </thead>
          <tbody>
            {items.map((article) => (
              <tr key={article.id} className="border-b border-gray-200 align-top">
                <td className="py-2 pr-3">
                  <Link href={`/quan-tri/bai-viet/${article.id}`} className="font-semibold text-ink hover:text-brand-700 hover:underline">
                    {article.title}
                  </Link>
                  {article.lockedBy ? <span className="block text-xs text-amber-800">Đang được sửa bởi {article.lockedBy}</span> : null}
                </td>
                <td className="py-2 pr-3">{article.category.name}</td>
                <td className="py-2 pr-3">{article.createdBy?.name ?? "—"}</td>
                <td className="py-2 pr-3">
                  <ArticleStatusBadge status={article.displayStatus} />
                </td>
                <td className="py-2 whitespace-nowrap">{formatDateTime(article.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
      {items.length === 0 ? <p className="mt-4">Không có bài viết nào phù hợp.</p> : null}
      <Pagination page={page} pageCount={pageCount(total, PER_PAGE)} hrefForPage={hrefForPage} />
    </main>
  );
}
