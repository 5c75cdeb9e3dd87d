import type { NavCategory } from "@/lib/categories/queries";
import { SEARCH_QUERY_MAX_LENGTH, SEARCH_QUERY_MIN_LENGTH, type SearchRequest } from "@/lib/search/search-request";

const KIND_OPTIONS = [
  { value: "", label: "Tất cả" },
  { value: "bai-viet", label: "Bài viết" },
  { value: "van-ban", label: "Văn bản" },
] as const;

const kindValue = (kind: SearchRequest["kind"]) => (kind === "articles" ? "bai-viet" : kind === "documents" ? "van-ban" : "");

/**
 * The search page's form with its filters. A plain GET form: every filter lands in the URL,
 * so a search can be bookmarked, shared and reloaded.
 */
export function SearchForm({ request, categories }: { request: SearchRequest | null; categories: NavCategory[] }) {
  const field = "mt-1 w-full rounded border border-gray-300 px-3 py-2 text-sm";
  return (
    <form role="search" action="/tim-kiem" method="get" className="mt-4 grid gap-3 sm:grid-cols-2" aria-label="Tìm kiếm nâng cao">
      <div className="sm:col-span-2">
        <label htmlFor="tim-kiem-tu-khoa" className="text-sm font-semibold">
          Từ khóa
        </label>
        <input
          id="tim-kiem-tu-khoa"
          type="search"
          name="q"
          defaultValue={request?.query ?? ""}
          minLength={SEARCH_QUERY_MIN_LENGTH}
          maxLength={SEARCH_QUERY_MAX_LENGTH}
          aria-describedby="tim-kiem-goi-y"
          className={field}
        />
        <p id="tim-kiem-goi-y" className="mt-1 text-xs text-muted">
          Từ {SEARCH_QUERY_MIN_LENGTH} đến {SEARCH_QUERY_MAX_LENGTH} ký tự; gõ có dấu hay không dấu đều được.
        </p>
      </div>
      <div>
        <label htmlFor="tim-kiem-loai" className="text-sm font-semibold">
          Tìm trong
        </label>
        <select id="tim-kiem-loai" name="loai" defaultValue={kindValue(request?.kind ?? "all")} className={field}>
          {KIND_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="tim-kiem-chuyen-muc" className="text-sm font-semibold">
          Chuyên mục (bài viết)
        </label>
        <select id="tim-kiem-chuyen-muc" name="chuyen-muc" defaultValue={request?.category ?? ""} className={field}>
          <option value="">Mọi chuyên mục</option>
          {categories.map((category) => (
            <option key={category.id} value={category.slug}>
              {category.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="tim-kiem-tu-ngay" className="text-sm font-semibold">
          Từ ngày
        </label>
        <input id="tim-kiem-tu-ngay" type="date" name="tu-ngay" defaultValue={request?.fromDay ?? ""} className={field} />
      </div>
      <div>
        <label htmlFor="tim-kiem-den-ngay" className="text-sm font-semibold">
          Đến ngày
        </label>
        <input id="tim-kiem-den-ngay" type="date" name="den-ngay" defaultValue={request?.toDay ?? ""} className={field} />
      </div>
      <div className="sm:col-span-2">
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Tìm kiếm
        </button>
      </div>
    </form>
  );
}
