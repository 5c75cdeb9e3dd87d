import { articlePath } from "@/lib/articles/article-url";
import { startOfVietnamDay } from "@/lib/format/vietnam-time";
import { htmlToText } from "@/lib/articles/search-text";
import { getDb } from "@/lib/db/client";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { documentPath } from "@/lib/documents/document-url";
import { containsTerm, excerptAround } from "./highlight";
import type { SearchRequest } from "./search-request";
import { searchCountStatement, searchPageStatement, type SearchFilter } from "./search-sql";

export const SEARCH_RESULTS_PER_PAGE = 10;

/** titleRank: 2 the title holds the words as a phrase, 1 every word, 0 only the text does. */
type HitBase = { id: number; title: string; url: string; date: Date; excerpt: string; titleRank: number };
export type SearchHit =
  | (HitBase & { kind: "article"; categoryName: string })
  | (HitBase & { kind: "document"; number: string; typeName: string });

export type SearchResults = {
  hits: SearchHit[];
  total: number;
  totals: { articles: number; documents: number };
};

const DAY = 24 * 60 * 60 * 1000;

/** The filter a request stands for; days are whole calendar days in Vietnam time. */
export function searchFilter(request: SearchRequest, categoryId: number | null, now = new Date()): SearchFilter {
  return {
    terms: request.terms,
    kind: request.kind,
    categoryId,
    from: request.fromDay ? startOfVietnamDay(request.fromDay) : null,
    until: request.toDay ? new Date(startOfVietnamDay(request.toDay).getTime() + DAY) : null,
    now,
  };
}

/** Public articles and published documents matching every word, best first, one page of them. */
export async function searchSite(filter: SearchFilter, page: number): Promise<SearchResults> {
  const db = await getDb();
  const { provider } = resolveDatabaseTarget();
  const pageStatement = searchPageStatement(provider, filter, {
    offset: (page - 1) * SEARCH_RESULTS_PER_PAGE,
    limit: SEARCH_RESULTS_PER_PAGE,
  });
  const countStatement = searchCountStatement(provider, filter);
  const [rows, [counted]] = await Promise.all([
    db.$queryRawUnsafe<{ kind: string; id: number | bigint; titleRank: number | bigint }[]>(pageStatement.sql, ...pageStatement.values),
    db.$queryRawUnsafe<{ articles?: number | bigint; documents?: number | bigint }[]>(countStatement.sql, ...countStatement.values),
  ]);
  const totals = { articles: Number(counted.articles ?? 0), documents: Number(counted.documents ?? 0) };

  const matches = rows.map((row) => ({ kind: row.kind, id: Number(row.id), titleRank: Number(row.titleRank) }));
  const articleIds = matches.filter((match) => match.kind === "article").map((match) => match.id);
  const documentIds = matches.filter((match) => match.kind === "document").map((match) => match.id);
  const [articles, documents] = await Promise.all([
    articleIds.length === 0
      ? []
      : db.article.findMany({
          where: { id: { in: articleIds } },
          select: { id: true, title: true, slug: true, summary: true, bodyHtml: true, publishedAt: true, category: { select: { slug: true, name: true } } },
        }),
    documentIds.length === 0
      ? []
      : db.document.findMany({
          where: { id: { in: documentIds } },
          select: { id: true, number: true, title: true, slug: true, abstract: true, bodyText: true, issuedAt: true, type: { select: { name: true } } },
        }),
  ]);
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const documentById = new Map(documents.map((document) => [document.id, document]));

  const hits: SearchHit[] = [];
  for (const match of matches) {
    if (match.kind === "article") {
      const article = articleById.get(match.id);
      if (!article) continue; // deleted between the two queries
      hits.push({
        kind: "article",
        id: article.id,
        title: article.title,
        url: articlePath(article),
        date: article.publishedAt!,
        excerpt: excerptFrom(article.summary, () => htmlToText(article.bodyHtml), filter.terms),
        titleRank: match.titleRank,
        categoryName: article.category.name,
      });
    } else {
      const document = documentById.get(match.id);
      if (!document) continue;
      hits.push({
        kind: "document",
        id: document.id,
        title: document.title,
        url: documentPath(document),
        date: document.issuedAt,
        excerpt: excerptFrom(document.abstract, () => document.bodyText, filter.terms),
        titleRank: match.titleRank,
        number: document.number,
        typeName: document.type.name,
      });
    }
  }
  return { hits, total: totals.articles + totals.documents, totals };
}

/** The summary when a word occurs in it, otherwise the passage of the full text where one does. */
function excerptFrom(summary: string, fullText: () => string, terms: string[]): string {
  if (!summary || !containsTerm(summary, terms)) {
    const text = fullText();
    if (containsTerm(text, terms)) return excerptAround(text, terms);
  }
  return excerptAround(summary, terms);
}
