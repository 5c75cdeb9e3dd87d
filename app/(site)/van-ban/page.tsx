import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentFilterForm } from "@/components/documents/document-filter-form";
import { DocumentList } from "@/components/documents/document-list";
import { Pagination } from "@/components/ui/pagination";
import { documentListHref, hasActiveFilters, parseDocumentFilters } from "@/lib/documents/list-filters";
import { listFilterOptions, listPublicDocuments } from "@/lib/documents/queries";
import { formatCount } from "@/lib/format/number";
import { pageCount, parsePageParam } from "@/lib/pagination/page-param";

const DOCUMENTS_PER_PAGE = 20;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = await searchParams;
  const filters = parseDocumentFilters(params);
  const page = parsePageParam(params.trang) ?? 1;
  return {
    title: page > 1 ? `Văn bản - Trang ${page}` : "Văn bản",
    description: "Văn bản chỉ đạo, điều hành của tỉnh Sơn Hà: tra cứu theo số ký hiệu, loại, lĩnh vực, cơ quan ban hành.",
    alternates: { canonical: documentListHref(filters, page) },
    // Filtered lists are endless combinations: only the plain list is for search engines.
    robots: hasActiveFilters(filters) ? { index: false, follow: true } : undefined,
  };
}

export default async function DocumentsPage({ searchParams }: Props) {
  const params = await searchParams;
  const page = parsePageParam(params.trang);
  if (page === null) notFound();
  const filters = parseDocumentFilters(params);
  const [options, { items, total }] = await Promise.all([
    listFilterOptions(),
    listPublicDocuments(filters, { page, perPage: DOCUMENTS_PER_PAGE }),
  ]);
  const pages = pageCount(total, DOCUMENTS_PER_PAGE);
  if (page > pages) notFound();

  return (
    <div className="rounded border border-gray-200 bg-white p-4">
      <h1 className="border-b-2 border-brand-600 pb-2 text-xl font-bold uppercase text-brand-700">Văn bản</h1>
      <DocumentFilterForm filters={filters} options={options} />
      <p className="mt-4 text-sm text-muted" role="status" data-testid="document-total">
        {hasActiveFilters(filters) ? `Tìm thấy ${formatCount(total)} văn bản.` : `Có ${formatCount(total)} văn bản.`}
      </p>
      {items.length === 0 ? (
        <p className="mt-2">Không có văn bản nào phù hợp với điều kiện tìm kiếm.</p>
      ) : (
        <DocumentList documents={items} />
      )}
      <Pagination page={page} pageCount={pages} hrefForPage={(p) => documentListHref(filters, p)} />
    </div>
  );
}
