import { queryRow, queryRows } from "./sync-query";

// Read-only access to the database the e2e server runs on (scripts/e2e-server.ts), SQLite or
// PostgreSQL, so tests compare what the pages show with what is stored instead of hard-coding results.

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

// DateTime values come as milliseconds since the epoch (or ISO text on some SQLite paths); see sync-query.ts.
function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return typeof value === "number" ? new Date(value) : new Date(String(value));
}

export function allArticles(): ArticleRow[] {
  const rows = queryRows(`SELECT a."id", a."title", a."slug", a."status", a."publishedAt", a."expiresAt", a."categoryId", c."slug" AS "categorySlug",
              a."viewCount", a."commentCount", a."imageCaption"
         FROM "Article" a JOIN "Category" c ON c."id" = a."categoryId"`) as Record<string, unknown>[];
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
  return queryRows(`SELECT "id", "slug", "name" FROM "Category" WHERE "active" = TRUE ORDER BY "position", "id"`) as {
    id: number;
    slug: string;
    name: string;
  }[];
}

export type StatsDayRow = { day: string; visits: number; pageViews: number; botHits: number };

/** A day's statistics row (day key in Vietnam time, `YYYY-MM-DD`), zeros when there is none yet. */
export function statsDayRow(day: string): StatsDayRow {
  const row = queryRow(`SELECT "day", "visits", "pageViews", "botHits" FROM "StatsDaily" WHERE "day" = ?`, day) as
    | StatsDayRow
    | undefined;
  return row ?? { day, visits: 0, pageViews: 0, botHits: 0 };
}

/** The stored presence of a browser (`vid` cookie) or a crawler (`bot:<name>`). */
export function visitorPresence(visitorId: string): { isBot: number; botName: string | null } | undefined {
  return queryRow(`SELECT "isBot", "botName" FROM "VisitorPresence" WHERE "visitorId" = ?`, visitorId) as
    | { isBot: number; botName: string | null }
    | undefined;
}

export type DocumentRow = {
  id: number;
  number: string;
  title: string;
  slug: string;
  status: string;
  downloadAccess: string;
  searchText: string;
  viewCount: number;
  downloadCount: number;
  issuedAt: Date;
  typeSlug: string;
};

export function allDocuments(): DocumentRow[] {
  const rows = queryRows(`SELECT d."id", d."number", d."title", d."slug", d."status", d."downloadAccess", d."searchText", d."viewCount", d."downloadCount",
              d."issuedAt", t."slug" AS "typeSlug"
         FROM "Document" d JOIN "DocumentType" t ON t."id" = d."typeId"`) as Record<string, unknown>[];
  return rows.map((row) => ({ ...(row as unknown as DocumentRow), issuedAt: toDate(row.issuedAt)! }));
}

/** Public documents (published or retired), newest issue date first, as the site lists them. */
export function publicDocuments(): DocumentRow[] {
  return allDocuments()
    .filter((document) => document.status === "published" || document.status === "retired")
    .sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime() || b.id - a.id);
}

export function documentById(id: number): DocumentRow {
  return allDocuments().find((document) => document.id === id)!;
}

export function documentUrl(document: { id: number; slug: string }): string {
  return `/van-ban/${document.slug}-${document.id}`;
}

export function documentFiles(documentId: number): { id: number; fileName: string; mimeType: string; size: number }[] {
  return queryRows(`SELECT "id", "fileName", "mimeType", "size" FROM "DocumentFile" WHERE "documentId" = ? ORDER BY "position", "id"`, documentId) as { id: number; fileName: string; mimeType: string; size: number }[];
}

export type ArticleCounters = { viewCount: number; commentCount: number; ratingSum: number; ratingCount: number };

export function articleCounters(articleId: number): ArticleCounters {
  return queryRow(`SELECT "viewCount", "commentCount", "ratingSum", "ratingCount" FROM "Article" WHERE "id" = ?`, articleId) as ArticleCounters;
}

export type CommentRow = {
  id: number;
  parentId: number | null;
  authorName: string;
  authorEmail: string;
  content: string;
  status: string;
  likeCount: number;
  dislikeCount: number;
  createdAt: Date;
};

export function commentsOf(articleId: number): CommentRow[] {
  const rows = queryRows(`SELECT "id", "parentId", "authorName", "authorEmail", "content", "status", "likeCount", "dislikeCount", "createdAt"
         FROM "Comment" WHERE "articleId" = ? ORDER BY "id"`, articleId) as Record<string, unknown>[];
  return rows.map((row) => ({ ...(row as unknown as CommentRow), createdAt: toDate(row.createdAt)! }));
}

export function moderationModeSetting(): string | null {
  const row = queryRow(`SELECT "value" FROM "Setting" WHERE "key" = 'comments.moderation'`) as { value: string } | undefined;
  return row?.value ?? null;
}

export type UserRow = { id: number; email: string; name: string; role: string; tokenVersion: number; disabled: number };

export function userByEmail(email: string): UserRow {
  const row = queryRow(`SELECT "id", "email", "name", "role", "tokenVersion", "disabled" FROM "User" WHERE "email" = ?`, email);
  if (!row) throw new Error(`không có tài khoản ${email} trong cơ sở dữ liệu e2e`);
  return row as UserRow;
}

export type AuditRow = { action: string; userId: number | null; ip: string | null; detail: string | null };

export function auditEntries(action: string): AuditRow[] {
  return queryRows(`SELECT "action", "userId", "ip", "detail" FROM "AuditLog" WHERE "action" = ? ORDER BY "id"`, action) as AuditRow[];
}

/** The audit trail of one article, oldest first. */
export function articleAudit(articleId: number): AuditRow[] {
  return queryRows(`SELECT "action", "userId", "ip", "detail" FROM "AuditLog" WHERE "targetType" = 'article' AND "targetId" = ? ORDER BY "id"`, articleId) as AuditRow[];
}

export function articleById(id: number): ArticleRow | undefined {
  return allArticles().find((article) => article.id === id);
}

/** Who holds the edit lock of an article (user id), if anyone. */
export function editLockHolder(articleId: number): number | null {
  const row = queryRow(`SELECT "userId" FROM "EditLock" WHERE "articleId" = ?`, articleId) as { userId: number } | undefined;
  return row?.userId ?? null;
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
    (queryRows(`SELECT "id", "searchText" FROM "Article"`) as { id: number; searchText: string }[]).map((row) => [row.id, row.searchText]),
  );
  const secondary = queryRows(`SELECT "articleId", "categoryId" FROM "ArticleCategory"`) as { articleId: number; categoryId: number }[];
  const names = new Map(categories().map((category) => [category.id, category.name]));
  const documents = queryRows(`SELECT "id", "number", "title", "searchText", "issuedAt" FROM "Document" WHERE "status" = 'published'`) as { id: number; number: string; title: string; searchText: string; issuedAt: unknown }[];
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
  const row = queryRow(`SELECT a."id", a."title", a."summary", a."seoTitle", a."seoDescription", a."imageUrl", a."authorName", a."publishedAt", a."updatedAt",
              c."name" AS "categoryName", c."slug" AS "categorySlug"
         FROM "Article" a JOIN "Category" c ON c."id" = a."categoryId" WHERE a."id" = ?`, id) as Record<string, unknown>;
  return { ...(row as unknown as ArticleSeoRow), publishedAt: toDate(row.publishedAt)!, updatedAt: toDate(row.updatedAt)! };
}

export function publishedDocuments(): { id: number; slug: string }[] {
  return queryRows(`SELECT "id", "slug" FROM "Document" WHERE "status" = 'published' ORDER BY "id"`) as { id: number; slug: string }[];
}
