import Database from "better-sqlite3";

// Read-only access to the database the e2e server runs on (scripts/e2e-server.ts), so
// tests compare what the pages show with what is stored instead of hard-coding results.
export const E2E_DATABASE_FILE = ".data/e2e.db";

export type ArticleRow = {
  id: number;
  title: string;
  slug: string;
  status: string;
  publishedAt: Date | null;
  expiresAt: Date | null;
  categoryId: number;
  categorySlug: string;
  viewCount: number;
  commentCount: number;
  imageCaption: string | null;
};

let connection: Database.Database | undefined;
function db(): Database.Database {
  connection ??= new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  return connection;
}

// Prisma keeps SQLite DateTime values as milliseconds since the epoch (or ISO text on some paths).
function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return typeof value === "number" ? new Date(value) : new Date(String(value));
}

export function allArticles(): ArticleRow[] {
  const rows = db()
    .prepare(
      `SELECT a.id, a.title, a.slug, a.status, a.publishedAt, a.expiresAt, a.categoryId, c.slug AS categorySlug,
              a.viewCount, a.commentCount, a.imageCaption
         FROM Article a JOIN Category c ON c.id = a.categoryId`,
    )
    .all() as Record<string, unknown>[];
  return rows.map((row) => ({
    ...(row as unknown as ArticleRow),
    publishedAt: toDate(row.publishedAt),
    expiresAt: toDate(row.expiresAt),
  }));
}

export function isPublicRow(article: ArticleRow, now = new Date()): boolean {
  return (
    article.status === "published" &&
    article.publishedAt !== null &&
    article.publishedAt <= now &&
    (article.expiresAt === null || article.expiresAt > now)
  );
}

export function articleUrl(article: ArticleRow): string {
  return `/tin-tuc/${article.categorySlug}/${article.slug}-${article.id}`;
}

export function categories(): { id: number; slug: string; name: string }[] {
  return db().prepare(`SELECT id, slug, name FROM Category WHERE active = 1 ORDER BY position, id`).all() as {
    id: number;
    slug: string;
    name: string;
  }[];
}

export type SearchableRow = {
  kind: "article" | "document";
  id: number;
  title: string;
  searchText: string;
  date: Date;
  categoryIds: number[];
  categoryName: string | null;
};

/** Public articles and published documents with their folded searchText, as the search sees them. */
export function searchableRows(now = new Date()): SearchableRow[] {
  const articles = allArticles().filter((article) => isPublicRow(article, now));
  const texts = new Map(
    (db().prepare(`SELECT id, searchText FROM Article`).all() as { id: number; searchText: string }[]).map((row) => [row.id, row.searchText]),
  );
  const secondary = db().prepare(`SELECT articleId, categoryId FROM ArticleCategory`).all() as { articleId: number; categoryId: number }[];
  const names = new Map(categories().map((category) => [category.id, category.name]));
  const documents = db()
    .prepare(`SELECT id, number, title, searchText, issuedAt FROM Document WHERE status = 'published'`)
    .all() as { id: number; number: string; title: string; searchText: string; issuedAt: unknown }[];
  return [
    ...articles.map((article) => ({
      kind: "article" as const,
      id: article.id,
      title: article.title,
      searchText: texts.get(article.id) ?? "",
      date: article.publishedAt!,
      categoryIds: [article.categoryId, ...secondary.filter((row) => row.articleId === article.id).map((row) => row.categoryId)],
      categoryName: names.get(article.categoryId) ?? null,
    })),
    ...documents.map((document) => ({
      kind: "document" as const,
      id: document.id,
      title: `${document.number} ${document.title}`,
      searchText: document.searchText,
      date: toDate(document.issuedAt)!,
      categoryIds: [],
      categoryName: null,
    })),
  ];
}

export type ArticleSeoRow = {
  id: number;
  title: string;
  summary: string;
  seoTitle: string | null;
  seoDescription: string | null;
  imageUrl: string | null;
  authorName: string;
  publishedAt: Date;
  updatedAt: Date;
  categoryName: string;
  categorySlug: string;
};

export function articleSeo(id: number): ArticleSeoRow {
  const row = db()
    .prepare(
      `SELECT a.id, a.title, a.summary, a.seoTitle, a.seoDescription, a.imageUrl, a.authorName, a.publishedAt, a.updatedAt,
              c.name AS categoryName, c.slug AS categorySlug
         FROM Article a JOIN Category c ON c.id = a.categoryId WHERE a.id = ?`,
    )
    .get(id) as Record<string, unknown>;
  return { ...(row as unknown as ArticleSeoRow), publishedAt: toDate(row.publishedAt)!, updatedAt: toDate(row.updatedAt)! };
}

export function publishedDocuments(): { id: number; slug: string }[] {
  return db().prepare(`SELECT id, slug FROM Document WHERE status = 'published' ORDER BY id`).all() as { id: number; slug: string }[];
}
