import { publicArticleWhere } from "@/lib/articles/visibility";
import type { Db } from "@/lib/db/client";
import type { ChartPoint } from "./history";

const ARTICLE_PATH = /^\/tin-tuc\/[^/]+\/[^/]*-(\d{1,9})$/;
const CATEGORY_PATH = /^\/tin-tuc\/([^/]+)$/;
const FIXED_TITLES: Record<string, string> = { "/": "Trang chủ", "/thong-ke": "Thống kê truy cập" };

/**
 * Names the top pages for readers: an article's title, a category's name. Only public
 * articles and active categories are named, so a draft's title never leaks through the
 * statistics; any other page keeps its path.
 */
export async function nameTopPages(db: Db, pages: ChartPoint[]): Promise<ChartPoint[]> {
  const articleIds = pages.flatMap((page) => ARTICLE_PATH.exec(page.key)?.[1] ?? []).map(Number);
  const categorySlugs = pages.flatMap((page) => CATEGORY_PATH.exec(page.key)?.[1] ?? []);
  const [articles, categories] = await Promise.all([
    db.article.findMany({ where: { id: { in: articleIds }, ...publicArticleWhere() }, select: { id: true, title: true } }),
    db.category.findMany({ where: { slug: { in: categorySlugs }, active: true }, select: { slug: true, name: true } }),
  ]);
  const articleTitles = new Map(articles.map((article) => [article.id, article.title]));
  const categoryNames = new Map(categories.map((category) => [category.slug, category.name]));
  return pages.map((page) => {
    const articleId = ARTICLE_PATH.exec(page.key)?.[1];
    const categorySlug = CATEGORY_PATH.exec(page.key)?.[1];
    const title =
      FIXED_TITLES[page.key] ??
      (articleId ? articleTitles.get(Number(articleId)) : undefined) ??
      (categorySlug ? categoryNames.get(categorySlug) : undefined);
    return { ...page, label: title ?? page.key };
  });
}
