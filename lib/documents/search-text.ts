import { foldVietnamese } from "@/lib/text/fold-vietnamese";

/** The folded text a document is searched by: number, title and abstract. */
export function documentSearchText(document: { number: string; title: string; abstract: string }): string {
  return foldVietnamese([document.number, document.title, document.abstract].join(" "));
}
