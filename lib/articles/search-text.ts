import { foldVietnamese } from "@/lib/text/fold-vietnamese";

const TAG = /<[^>]*>/g;
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Visible text of an HTML fragment: tags dropped, the common entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(TAG, " ")
    .replace(ENTITY, (_, dec, hex, name) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : NAMED[name.toLowerCase()],
    )
    .replace(/\s+/g, " ")
    .trim();
}

/** The folded text an article is searched by: title, summary and body. */
export function articleSearchText(article: { title: string; summary: string; bodyHtml: string }): string {
  return foldVietnamese([article.title, article.summary, htmlToText(article.bodyHtml)].join(" "));
}
