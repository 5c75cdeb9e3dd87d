import { foldVietnamese } from "../lib/text/fold-vietnamese";

// What a search must return, computed from stored rows with plain JavaScript, independently of
// the SQL: used by the integration suite (lib/search/search-site.int.test.ts) and the e2e tests (e2e/search.spec.ts).

export type SearchCandidate = {
  kind: "article" | "document";
  id: number;
  /** For documents: number and title, as the search ranks them. */
  title: string;
  searchText: string;
  date: Date;
};

export const searchWords = (text: string) => foldVietnamese(text).split(/[^a-z0-9]+/).filter(Boolean);

/** 2: the title holds the words as a phrase; 1: every word; 0: only the text does. */
export function expectedTitleRank(candidate: SearchCandidate, terms: string[]): number {
  const title = searchWords(candidate.title);
  const phrase = title.some((_, start) => terms.every((term, i) => title[start + i] === term));
  return phrase ? 2 : terms.every((term) => title.includes(term)) ? 1 : 0;
}

/** Every candidate holding every word, in the order the search must return them. */
export function expectedSearchOrder<T extends SearchCandidate>(candidates: T[], terms: string[]): (T & { rank: number })[] {
  return candidates
    .filter((candidate) => {
      const text = new Set(searchWords(candidate.searchText));
      return terms.every((term) => text.has(term));
    })
    .map((candidate) => ({ ...candidate, rank: expectedTitleRank(candidate, terms) }))
    .sort((a, b) => b.rank - a.rank || b.date.getTime() - a.date.getTime() || a.kind.localeCompare(b.kind) || b.id - a.id);
}
