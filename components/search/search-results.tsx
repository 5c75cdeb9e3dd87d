import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { formatCount } from "@/lib/format/number";
import { pageCount } from "@/lib/pagination/page-param";
import { searchHref, type SearchKind, type SearchRequest } from "@/lib/search/search-request";
import { SEARCH_RESULTS_PER_PAGE, type SearchResults as Results } from "@/lib/search/search-site";
import { SearchResultItem } from "./search-result-item";

/** The counts per kind (each a link that narrows the search), the results, and the pages. */
export function SearchResults({ request, results }: { request: SearchRequest; results: Results }) {
  const tabs: { kind: SearchKind; label: string; count: number }[] = [
    { kind: "all", label: "Tất cả", count: results.totals.articles + results.totals.documents },
    { kind: "articles", label: "Bài viết", count: results.totals.articles },
    { kind: "documents", label: "Văn bản", count: results.totals.documents },
  ];
  const filtered = request.kind !== "all" || request.category || request.fromDay || request.toDay;
  return (
    <section aria-labelledby="ket-qua-tim-kiem" className="mt-6">
      <h2 id="ket-qua-tim-kiem" className="text-base font-bold" data-testid="search-summary">
        {results.total > 0
          ? `Tìm thấy ${formatCount(results.total)} kết quả cho “${request.query}”`
          : `Không tìm thấy kết quả nào cho “${request.query}”`}
      </h2>
      {results.total > 0 && !request.category ? (
        <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label="Loại kết quả">
          {tabs.map((tab) => (
            <li key={tab.kind}>
              <Link
                href={searchHref(request, { kind: tab.kind, page: 1 })}
                aria-current={tab.kind === request.kind ? "page" : undefined}
                className={`block rounded border px-3 py-1 ${tab.kind === request.kind ? "border-brand-600 bg-brand-600 text-white" : "border-gray-300 hover:border-brand-600"}`}
              >
                {tab.label} ({formatCount(tab.count)})
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {results.total === 0 ? (
        <div className="mt-3 text-sm" data-testid="search-help">
          <p>Gợi ý:</p>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            <li>Kiểm tra lại chính tả, hoặc gõ không dấu (ví dụ “ke hoach” thay cho “kế hoạch”).</li>
            <li>Dùng ít từ hơn hoặc từ khóa chung hơn: mọi từ đều phải có mặt trong kết quả.</li>
            <li>Văn bản có thể tìm theo số hiệu, ví dụ “1182” hoặc “CV/BTGTU”.</li>
            {filtered ? (
              <li>
                <Link href={searchHref(request, { kind: "all", category: null, fromDay: null, toDay: null, page: 1 })} className="underline">
                  Bỏ các bộ lọc và tìm lại “{request.query}”
                </Link>
              </li>
            ) : null}
          </ul>
        </div>
      ) : (
        <ol className="mt-4 space-y-5" start={(request.page - 1) * SEARCH_RESULTS_PER_PAGE + 1}>
          {results.hits.map((hit) => (
            <li key={`${hit.kind}-${hit.id}`}>
              <SearchResultItem hit={hit} terms={request.terms} />
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={request.page}
        pageCount={pageCount(results.total, SEARCH_RESULTS_PER_PAGE)}
        hrefForPage={(page) => searchHref(request, { page })}
      />
    </section>
  );
}
