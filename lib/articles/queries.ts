import { getDb } from "@/lib/db/client";
import { publicArticleWhere } from "./visibility";

// Public reads of articles. Every query here goes through publicArticleWhere, so a draft,
// an article in review, a suspended, scheduled or expired one never reaches a reader.

const cardSelect = {
  id: true,
  title: true,
  slug: true,
  summary: true,
  publishedAt: true,
  imageUrl: true,
  imageAlt: true,
  imageWidth: true,
  imageHeight: true,
  viewCount: true,
  category: { select: { id: true, slug: true, name: true } },
} as const;

export type ArticleCard = {
  id: number;
  title: string;
  slug: string;
  summary: string;
  publishedAt: Date;
  imageUrl: string | null;
  imageAlt: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  viewCount: number;
  category: { id: number; slug: string; name: string };
};

// publishedAt is never null for a public article (the filter requires it).
const asCard = (row: Omit<ArticleCard, "publishedAt"> & { publishedAt: Date | null }) => row as ArticleCard;

const newestFirst = [{ publishedAt: "desc" as const }, { id: "desc" as const }];

export async function listLatestArticles(limit: number, now = new Date()): Promise<ArticleCard[]> {
  const db = await getDb();
  const rows = await db.article.findMany({ where: publicArticleWhere(now), orderBy: newestFirst, take: limit, select: cardSelect });
  return rows.map(asCard);
}

export async function listFeaturedArticles(limit: number, now = new Date()): Promise<ArticleCard[]> {
  const db = await getDb();
  const rows = await db.article.findMany({
    where: { ...publicArticleWhere(now), featured: true },
    orderBy: newestFirst,
    take: limit,
    select: cardSelect,
  });
  return rows.map(asCard);
}

export async function listMostViewedArticles(limit: number, now = new Date()): Promise<ArticleCard[]> {
  const db = await getDb();
  const rows = await db.article.findMany({
    where: publicArticleWhere(now),
    orderBy: [{ viewCount: "desc" }, { publishedAt: "desc" }],
    take: limit,
    select: cardSelect,
  });
  return rows.map(asCard);
}

/** Articles whose primary or secondary category is the given one, newest first. */
export async function listCategoryArticles(
  categoryId: number,
  { page, perPage }: { page: number; perPage: number },
  now = new Date(),
): Promise<{ items: ArticleCard[]; total: number }> {
  const db = await getDb();
  const where = {
    AND: [
      publicArticleWhere(now),
      { OR: [{ categoryId }, { categories: { some: { categoryId } } }] },
    ],
  };
  const [rows, total] = await Promise.all([
    db.article.findMany({ where, orderBy: newestFirst, skip: (page - 1) * perPage, take: perPage, select: cardSelect }),
    db.article.count({ where }),
  ]);
  return { items: rows.map(asCard), total };
}

export async function getPublicArticle(id: number, now = new Date()) {
  const db = await getDb();
  return db.article.findFirst({
    where: { id, ...publicArticleWhere(now) },
    include: {
      category: { select: { id: true, slug: true, name: true } },
      tags: { select: { tag: { select: { name: true, slug: true } } } },
    },
  });
}

export type PublicArticle = NonNullable<Awaited<ReturnType<typeof getPublicArticle>>>;

/**
 * "Những tin mới hơn" / "Những tin cũ hơn": neighbours in the article's primary category
 * by publication time (NukeViet orders them by id, which breaks for back-dated articles).
 * Ties on the same minute are broken by id so the two lists never overlap.
 */
export async function listNeighbourArticles(
  article: { id: number; categoryId: number; publishedAt: Date },
  limit: number,
  now = new Date(),
): Promise<{ newer: ArticleCard[]; older: ArticleCard[] }> {
  const db = await getDb();
  const base = { ...publicArticleWhere(now), categoryId: article.categoryId, id: { not: article.id } };
  const at = article.publishedAt;
  const [newer, older] = await Promise.all([
    db.article.findMany({
      where: { AND: [base, { OR: [{ publishedAt: { gt: at } }, { publishedAt: at, id: { gt: article.id } }] }] },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      take: limit,
      select: cardSelect,
    }),
    db.article.findMany({
      where: { AND: [base, { OR: [{ publishedAt: { lt: at } }, { publishedAt: at, id: { lt: article.id } }] }] },
      orderBy: newestFirst,
      take: limit,
      select: cardSelect,
    }),
  ]);
  // The newer list reads newest first on the page, like every other list.
  return { newer: newer.map(asCard).reverse(), older: older.map(asCard) };
}
