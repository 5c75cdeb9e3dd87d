import { foldVietnamese } from "@/lib/text/fold-vietnamese";
import { isSlug } from "@/lib/text/slugify";

type SearchParams = Record<string, string | string[] | undefined>;

/** What /van-ban is filtered by; every key lives in the URL so a filtered list can be shared. */
export type DocumentFilters = {
  q?: string;
  type?: string; // DocumentType slug
  field?: string; // DocumentField slug
  body?: string; // IssuingBody slug
  signer?: number;
  validity?: "con" | "het";
  from?: string; // YYYY-MM-DD, issue date from (inclusive)
  to?: string; // YYYY-MM-DD, issue date to (inclusive)
};

/** URL parameter names, in Vietnamese like the rest of the site's URLs. */
export const FILTER_PARAMS = {
  q: "q",
  type: "loai",
  field: "linh-vuc",
  body: "co-quan",
  signer: "nguoi-ky",
  validity: "hieu-luc",
  from: "tu-ngay",
  to: "den-ngay",
} as const satisfies Record<keyof DocumentFilters, string>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function single(value: string | string[] | undefined): string | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text : undefined;
}

function validDay(value: string | undefined): string | undefined {
  if (!value || !DAY.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}

/**
 * Reads the filters from the URL. A value that cannot mean anything (a malformed slug or
 * date) is dropped rather than answered with an error: the reader still gets a list.
 */
export function parseDocumentFilters(params: SearchParams): DocumentFilters {
  const filters: DocumentFilters = {};
  const q = single(params[FILTER_PARAMS.q]);
  if (q) filters.q = q.slice(0, 200);
  for (const key of ["type", "field", "body"] as const) {
    const value = single(params[FILTER_PARAMS[key]]);
    if (value && isSlug(value)) filters[key] = value;
  }
  const signer = single(params[FILTER_PARAMS.signer]);
  if (signer && /^[1-9]\d{0,8}$/.test(signer)) filters.signer = Number(signer);
  const validity = single(params[FILTER_PARAMS.validity]);
  if (validity === "con" || validity === "het") filters.validity = validity;
  const from = validDay(single(params[FILTER_PARAMS.from]));
  const to = validDay(single(params[FILTER_PARAMS.to]));
  if (from) filters.from = from;
  if (to) filters.to = to;
  return filters;
}

/** The query string of a filtered list (and page), empty values left out. */
export function documentListHref(filters: DocumentFilters, page = 1): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(FILTER_PARAMS) as (keyof DocumentFilters)[]) {
    const value = filters[key];
    if (value !== undefined && value !== "") params.set(FILTER_PARAMS[key], String(value));
  }
  if (page > 1) params.set("trang", String(page));
  const query = params.toString();
  return query ? `/van-ban?${query}` : "/van-ban";
}

export function hasActiveFilters(filters: DocumentFilters): boolean {
  return Object.keys(filters).length > 0;
}

/** The folded words of `q`: each must appear in the document's search text, in any order. */
export function searchWords(q: string | undefined): string[] {
  return q ? foldVietnamese(q).split(" ").filter(Boolean).slice(0, 10) : [];
}

