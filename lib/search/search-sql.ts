import type { DatabaseTarget } from "@/lib/db/database-url";
import type { SearchKind } from "./search-request";

// The search as SQL, one statement per provider with the same meaning: a row matches when every
// search word occurs as a whole word of its folded searchText. Rank: the title holds the words as
// a phrase (2), the title holds every word (1), only the text does (0); then the newest first.
// SQLite answers from the FTS5 tables and PostgreSQL from the GIN indexes of migration 0002_search_index.

type Provider = DatabaseTarget["provider"];

export type SearchFilter = {
  terms: string[];
  kind: SearchKind;
  categoryId: number | null;
  from: Date | null;
  /** Exclusive. */
  until: Date | null;
  now: Date;
};

export type SearchStatement = { sql: string; values: unknown[] };

/** Positional placeholders: ? for SQLite, $1… for PostgreSQL. Each use of a value adds it again. */
class Parameters {
  readonly values: unknown[] = [];
  constructor(private readonly provider: Provider) {}

  add(value: unknown): string {
    this.values.push(value);
    return this.provider === "postgres" ? `$${this.values.length}` : "?";
  }

  /** Prisma keeps SQLite DateTime as ISO text with an explicit offset and PostgreSQL's as UTC timestamps. */
  time(date: Date): string {
    return this.provider === "postgres"
      ? `${this.add(date.toISOString())}::timestamp`
      : this.add(date.toISOString().replace("Z", "+00:00"));
  }
}

/** FTS5 queries within one column: every word anywhere, or the words as one phrase. */
const ftsWords = (column: "title" | "body", terms: string[]) => `${column} : (${terms.map((term) => `"${term}"`).join(" ")})`;
const ftsPhrase = (column: "title" | "body", terms: string[]) => `${column} : "${terms.join(" ")}"`;

// Conditions are written when the statement text reaches them, so SQLite's "?" values line up.
type Condition = (params: Parameters) => string;

type Source = {
  kind: "article" | "document";
  table: string;
  ftsTable: string;
  /** SQLite's covering index of the filter columns (migration 0002_search_index). */
  filterIndex: string;
  dateColumn: string;
  conditions: Condition[];
};

/** What a source's part of a statement yields: its matching rows, or only their number. */
type Shape = { rows: { limit: number } } | { count: true };

const ORDER = `"titleRank" DESC, "sortDate" DESC, "kind" ASC, "id" DESC`;

function sourceSelect(provider: Provider, source: Source, filter: SearchFilter, shape: Shape, params: Parameters): string {
  const conditions = [...source.conditions];
  if (filter.from) conditions.push((p) => `t."${source.dateColumn}" >= ${p.time(filter.from!)}`);
  if (filter.until) conditions.push((p) => `t."${source.dateColumn}" < ${p.time(filter.until!)}`);
  const where = () => conditions.map((condition) => condition(params)).join(" AND ");

  let titleRank: () => string;
  let fromWhere: () => string;
  if (provider === "sqlite") {
    const fts = `"${source.ftsTable}"`;
    const inTitle = (match: string) => `t."id" IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ${params.add(match)})`;
    titleRank = () =>
      `CASE WHEN ${inTitle(ftsPhrase("title", filter.terms))} THEN 2 WHEN ${inTitle(ftsWords("title", filter.terms))} THEN 1 ELSE 0 END`;
    // CROSS JOIN keeps the full-text match as the outer loop: left to itself, SQLite's planner may
    // walk the articles by status and run the match once per article (seconds instead of milliseconds).
    // INDEXED BY: the planner prefers the primary key, whose rows hold the long bodies.
    fromWhere = () => `FROM ${fts} CROSS JOIN "${source.table}" t INDEXED BY "${source.filterIndex}" ON t."id" = ${fts}.rowid
      WHERE ${fts} MATCH ${params.add(ftsWords("body", filter.terms))} AND ${where()}`;
  } else {
    // "searchVector" and "searchTitle" are the stored word lists of migration 0002_search_index.
    const query = (operator: "&" | "<->") =>
      `to_tsquery('simple'::regconfig, ${params.add(filter.terms.join(` ${operator} `))})`;
    titleRank = () => `CASE WHEN t."searchTitle" @@ ${query("<->")} THEN 2 WHEN t."searchTitle" @@ ${query("&")} THEN 1 ELSE 0 END`;
    fromWhere = () => `FROM "${source.table}" t WHERE t."searchVector" @@ ${query("&")} AND ${where()}`;
  }
  if ("count" in shape) return `SELECT COUNT(*) ${fromWhere()}`;
  // Each source is cut to the rows the page can need before the two are merged, so the database
  // keeps a bounded top list instead of sorting every match.
  const select = `SELECT '${source.kind}' AS "kind", t."id" AS "id", ${titleRank()} AS "titleRank", t."${source.dateColumn}" AS "sortDate"
    ${fromWhere()}
    ORDER BY ${ORDER} LIMIT ${params.add(shape.rows.limit)}`;
  return `SELECT * FROM (${select}) ${source.kind}_matches`;
}

function sources(filter: SearchFilter): Source[] {
  const list: Source[] = [];
  if (filter.kind !== "documents") {
    // The rule of lib/articles/visibility.ts publicArticleWhere, in SQL.
    const conditions: Condition[] = [
      () => `t."status" = 'published'`,
      (p) => `t."publishedAt" <= ${p.time(filter.now)}`,
      (p) => `(t."expiresAt" IS NULL OR t."expiresAt" > ${p.time(filter.now)})`,
    ];
    const categoryId = filter.categoryId;
    if (categoryId !== null) {
      conditions.push(
        (p) =>
          `(t."categoryId" = ${p.add(categoryId)} OR EXISTS (SELECT 1 FROM "ArticleCategory" ac WHERE ac."articleId" = t."id" AND ac."categoryId" = ${p.add(categoryId)}))`,
      );
    }
    list.push({
      kind: "article",
      table: "Article",
      ftsTable: "ArticleSearch",
      filterIndex: "Article_search_filter_idx",
      dateColumn: "publishedAt",
      conditions,
    });
  }
  if (filter.kind !== "articles") {
    list.push({
      kind: "document",
      table: "Document",
      ftsTable: "DocumentSearch",
      filterIndex: "Document_search_filter_idx",
      dateColumn: "issuedAt",
      conditions: [() => `t."status" = 'published'`],
    });
  }
  return list;
}

/** One page of matches, best first: kind, id and title rank. */
export function searchPageStatement(provider: Provider, filter: SearchFilter, page: { offset: number; limit: number }): SearchStatement {
  const params = new Parameters(provider);
  const shape = { rows: { limit: page.offset + page.limit } };
  const arms = sources(filter).map((source) => sourceSelect(provider, source, filter, shape, params));
  const sql = `SELECT "kind", "id", "titleRank" FROM (${arms.join("\nUNION ALL\n")}) matches
    ORDER BY ${ORDER} LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)}`;
  return { sql, values: params.values };
}

/** The number of matches of each kind (the title rank is not needed, so not computed). */
export function searchCountStatement(provider: Provider, filter: SearchFilter): SearchStatement {
  const params = new Parameters(provider);
  const counts = sources(filter).map(
    (source) => `(${sourceSelect(provider, source, filter, { count: true }, params)}) AS "${source.kind}s"`,
  );
  return { sql: `SELECT ${counts.join(", ")}`, values: params.values };
}
