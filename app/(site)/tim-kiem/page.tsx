import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { listActiveCategories } from "@/lib/categories/queries";
import { pageCount } from "@/lib/pagination/page-param";
import { parseSearchParams } from "@/lib/search/search-request";
import { SEARCH_RESULTS_PER_PAGE, searchFilter, searchSite } from "@/lib/search/search-site";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseSearchParams(await searchParams);
  return {
    title: parsed.status === "empty" ? "Tìm kiếm" : `Tìm kiếm: ${parsed.request.query}`,
    // Result pages are endless variations of the content itself: search engines should not index them.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const parsed = parseSearchParams(await searchParams);
  const categories = await listActiveCategories();
  const request = parsed.status === "empty" ? null : parsed.request;
  // An unknown category slug (an edited URL) searches every category rather than nothing.
  const category = categories.find((item) => item.slug === request?.category) ?? null;
  const results =
    parsed.status === "ok" ? await searchSite(searchFilter(parsed.request, category?.id ?? null), parsed.request.page) : null;
  if (results && parsed.status === "ok" && parsed.request.page > pageCount(results.total, SEARCH_RESULTS_PER_PAGE)) notFound();

  return (
    <div className="rounded border border-gray-200 bg-white p-4">
      <h1 className="border-b-2 border-brand-600 pb-2 text-xl font-bold uppercase text-brand-700">Tìm kiếm</h1>
      <SearchForm request={request} categories={categories} />
      {parsed.status === "empty" ? (
        <p className="mt-6 text-sm">Nhập từ khóa để tìm trong tin tức và văn bản của cổng thông tin.</p>
      ) : null}
      {parsed.status === "invalid" ? (
        <p role="alert" className="mt-6 rounded border border-brand-600 bg-brand-50 p-3 text-sm" data-testid="search-error">
          {parsed.message}
        </p>
      ) : null}
      {parsed.status === "ok" && results ? <SearchResults request={parsed.request} results={results} /> : null}
    </div>
  );
}
