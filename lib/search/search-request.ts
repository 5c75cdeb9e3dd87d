import { z } from "zod";
import { parsePageParam } from "@/lib/pagination/page-param";
import { searchTerms } from "./search-terms";

export const SEARCH_QUERY_MIN_LENGTH = 2;
export const SEARCH_QUERY_MAX_LENGTH = 100;

/** What to search: everything, news articles only, or documents only (`loai` in the URL). */
export const SEARCH_KINDS = { "bai-viet": "articles", "van-ban": "documents" } as const;
export type SearchKind = "all" | (typeof SEARCH_KINDS)[keyof typeof SEARCH_KINDS];

export type SearchRequest = {
  query: string;
  terms: string[];
  kind: SearchKind;
  /** Category slug: limits the search to articles of that category. */
  category: string | null;
  /** Inclusive range of calendar days in Vietnam time, as YYYY-MM-DD. */
  fromDay: string | null;
  toDay: string | null;
  page: number;
};

export type ParsedSearch =
  | { status: "empty" }
  | { status: "invalid"; message: string; request: SearchRequest }
  | { status: "ok"; request: SearchRequest };

type RawParams = Record<string, string | string[] | undefined>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const day = z.iso.date();

/**
 * Reads /tim-kiem's URL. Whatever a visitor types or edits into the address bar, the answer is
 * a search or a message saying what to change, never an error page.
 */
export function parseSearchParams(params: RawParams): ParsedSearch {
  const query = single(params.q).replace(/\s+/g, " ").trim();
  const kindParam = single(params.loai);
  const category = single(params["chuyen-muc"]) || null;
  const fromDay = single(params["tu-ngay"]);
  const toDay = single(params["den-ngay"]);
  const request: SearchRequest = {
    query,
    terms: searchTerms(query),
    kind: category ? "articles" : kindParam in SEARCH_KINDS ? SEARCH_KINDS[kindParam as keyof typeof SEARCH_KINDS] : "all",
    category,
    fromDay: day.safeParse(fromDay).success ? fromDay : null,
    toDay: day.safeParse(toDay).success ? toDay : null,
    page: parsePageParam(single(params.trang) || undefined) ?? 1,
  };
  if (!query) return { status: "empty" };
  const invalid = (message: string): ParsedSearch => ({ status: "invalid", message, request });
  if (query.length < SEARCH_QUERY_MIN_LENGTH) {
    return invalid(`Từ khóa quá ngắn: cần ít nhất ${SEARCH_QUERY_MIN_LENGTH} ký tự.`);
  }
  if (query.length > SEARCH_QUERY_MAX_LENGTH) {
    return invalid(`Từ khóa quá dài: tối đa ${SEARCH_QUERY_MAX_LENGTH} ký tự.`);
  }
  if (request.terms.length === 0) return invalid("Từ khóa cần có ít nhất một chữ cái hoặc chữ số.");
  if (request.fromDay && request.toDay && request.fromDay > request.toDay) {
    return invalid("Khoảng thời gian không hợp lệ: ngày bắt đầu sau ngày kết thúc.");
  }
  return { status: "ok", request };
}

/** The URL of a search, with only the parameters that differ from the defaults. */
export function searchHref(request: Omit<SearchRequest, "terms">, changes: Partial<SearchRequest> = {}): string {
  const next = { ...request, ...changes };
  const params = new URLSearchParams({ q: next.query });
  const kindParam = Object.entries(SEARCH_KINDS).find(([, kind]) => kind === next.kind)?.[0];
  if (kindParam && !next.category) params.set("loai", kindParam);
  if (next.category) params.set("chuyen-muc", next.category);
  if (next.fromDay) params.set("tu-ngay", next.fromDay);
  if (next.toDay) params.set("den-ngay", next.toDay);
  if (next.page > 1) params.set("trang", String(next.page));
  return `/tim-kiem?${params}`;
}
