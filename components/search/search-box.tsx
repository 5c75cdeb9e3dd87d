import { SEARCH_QUERY_MAX_LENGTH, SEARCH_QUERY_MIN_LENGTH } from "@/lib/search/search-request";

/** The header's search box: a plain GET form to /tim-kiem, so it works before and without JavaScript. */
export function SearchBox() {
  return (
    <form role="search" aria-label="Tìm kiếm trên cổng thông tin" action="/tim-kiem" method="get" className="flex w-full max-w-xs items-stretch sm:ml-auto">
      <label htmlFor="tim-kiem-dau-trang" className="sr-only">
        Từ khóa tìm kiếm
      </label>
      <input
        id="tim-kiem-dau-trang"
        type="search"
        name="q"
        required
        minLength={SEARCH_QUERY_MIN_LENGTH}
        maxLength={SEARCH_QUERY_MAX_LENGTH}
        placeholder="Tìm bài viết, văn bản…"
        className="min-w-0 flex-1 rounded-l border border-gray-300 px-3 py-2 text-sm"
      />
      <button type="submit" className="rounded-r bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700">
        Tìm kiếm
      </button>
    </form>
  );
}
