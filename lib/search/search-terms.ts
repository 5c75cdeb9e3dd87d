import { foldVietnamese } from "@/lib/text/fold-vietnamese";

/** More words than this add nothing but cost: the rest of a pasted paragraph is ignored. */
export const MAX_SEARCH_TERMS = 10;

/**
 * The words a query is matched by: folded like the stored searchText and split where the
 * full-text indexes split it (every run of letters and digits is a word). Repeats stay, in
 * order, because the words also rank as a phrase. "Đà Nẵng, HÀ NỘI" → ["da", "nang", "ha", "noi"].
 */
export function searchTerms(query: string): string[] {
  return foldVietnamese(query).split(/[^a-z0-9]+/).filter(Boolean).slice(0, MAX_SEARCH_TERMS);
}
