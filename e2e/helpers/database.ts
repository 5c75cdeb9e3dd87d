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

export type AuditRow = { action: string; userId: number | null; ip: string | null; detail: string | null };

/** The audit trail of one article, oldest first. */
export function articleAudit(articleId: number): AuditRow[] {
  return db()
    .prepare(`SELECT action, userId, ip, detail FROM AuditLog WHERE targetType = 'article' AND targetId = ? ORDER BY id`)
    .all(articleId) as AuditRow[];
}

export function articleById(id: number): ArticleRow | undefined {
  return allArticles().find((article) => article.id === id);
}

/** Who holds the edit lock of an article (user id), if anyone. */
export function editLockHolder(articleId: number): number | null {
  const row = db().prepare(`SELECT userId FROM EditLock WHERE articleId = ?`).get(articleId) as { userId: number } | undefined;
  return row?.userId ?? null;
}
