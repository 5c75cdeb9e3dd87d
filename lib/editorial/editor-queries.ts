import { displayStatus, publicArticleWhere, type ArticleDisplayStatus } from "@/lib/articles/visibility";
import { getDb } from "@/lib/db/client";
import { foldVietnamese } from "@/lib/text/fold-vietnamese";
import { EDIT_LOCK_TIMEOUT_MS } from "./edit-lock-timing";

// The editor area's reads. Unlike lib/articles/queries.ts these see every status; the pages
// that call them check the user's role first.

export const LIST_STATUS_FILTERS = ["draft", "review", "rejected", "scheduled", "published", "expired", "suspended"] as const;
export type ListStatusFilter = (typeof LIST_STATUS_FILTERS)[number];

export type ArticleListFilter = {
  status?: ListStatusFilter;
  categoryId?: number;
  authorId?: number;
  text?: string;
};

function statusWhere(status: ListStatusFilter, now: Date) {
  switch (status) {
    case "published":
      return publicArticleWhere(now);
    case "scheduled":
      return { status: "published", OR: [{ publishedAt: null }, { publishedAt: { gt: now } }] };
    case "expired":
      return { status: "published", publishedAt: { lte: now }, expiresAt: { lte: now } };
    default:
      return { status };
  }
}

export async function listArticlesForEditors(
  filter: ArticleListFilter,
  { page, perPage }: { page: number; perPage: number },
  now = new Date(),
) {
  const db = await getDb();
  const text = filter.text ? foldVietnamese(filter.text).trim() : "";
  const where = {
    AND: [
      filter.status ? statusWhere(filter.status, now) : {},
      filter.categoryId ? { categoryId: filter.categoryId } : {},
      filter.authorId ? { createdById: filter.authorId } : {},
      text ? { searchText: { contains: text } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * perPage,
      take: perPage,
      select: {
        id: true,
        title: true,
        slug: true,
        status: true,
        publishedAt: true,
        expiresAt: true,
        updatedAt: true,
        createdById: true,
        category: { select: { name: true, slug: true } },
        createdBy: { select: { name: true } },
        editLock: { select: { heartbeatAt: true, user: { select: { name: true } } } },
      },
    }),
    db.article.count({ where }),
  ]);
  const items = rows.map((row) => ({
    ...row,
    displayStatus: displayStatus(row, now) as ArticleDisplayStatus,
    lockedBy:
      row.editLock && now.getTime() - row.editLock.heartbeatAt.getTime() < EDIT_LOCK_TIMEOUT_MS ? row.editLock.user.name : null,
  }));
  return { items, total };
}

export async function getArticleForEditing(id: number) {
  const db = await getDb();
  return db.article.findUnique({
    where: { id },
    include: {
      category: { select: { id: true, slug: true, name: true } },
      categories: { select: { categoryId: true } },
      tags: { select: { tag: { select: { name: true } } } },
      createdBy: { select: { name: true } },
    },
  });
}

export type ArticleForEditing = NonNullable<Awaited<ReturnType<typeof getArticleForEditing>>>;

/** Every category, for the editor's picker (an inactive one may still hold old articles). */
export async function listCategoryChoices() {
  const db = await getDb();
  return db.category.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true, active: true } });
}

/** People who have written articles, for the list's author filter. */
export async function listAuthorChoices() {
  const db = await getDb();
  return db.user.findMany({ where: { articlesCreated: { some: {} } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export async function listRevisions(articleId: number) {
  const db = await getDb();
  return db.articleRevision.findMany({
    where: { articleId },
    orderBy: { id: "desc" },
    select: { id: true, note: true, createdAt: true, snapshot: true, createdBy: { select: { name: true } } },
  });
}

/** The workflow history of an article, newest first, from the audit log. */
export async function listArticleHistory(articleId: number) {
  const db = await getDb();
  return db.auditLog.findMany({
    where: { targetType: "article", targetId: articleId },
    orderBy: { id: "desc" },
    take: 50,
    select: { id: true, action: true, detail: true, createdAt: true, user: { select: { name: true } } },
  });
}
