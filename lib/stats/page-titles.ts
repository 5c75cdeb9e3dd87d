import { articlePath, categoryPath } from "@/lib/articles/article-url";
import { publicArticleWhere } from "@/lib/articles/visibility";
import { getDb } from "@/lib/db/client";
import type { ChartPoint } from "./history";

const ARTICLE_PATH = /^\/tin-tuc\/[^/]+\/[^/]*-(\d{1,9})$/;
const CATEGORY_PATH = /^\/tin-tuc\/([^/]+)$/;
// Pages of other areas are named here as they are added.
const FIXED_TITLES: Record<string, string> = { "/": "Trang chủ", "/thong-ke": "Thống kê truy cập" };

/**
 * The most viewed pages the portal can name: public articles by title, active categories by
 * name, fixed pages. Paths are whatever clients request, so a path that names nothing (a
 * mistyped or invented address, a draft's URL) is never shown: the public statistics page
 * cannot be used to publish text by requesting made-up addresses, nor leak a draft's title.
 */
export async function namedTopPages(candidates: ChartPoint[], limit: number): Promise<ChartPoint[]> {
  const db = await getDb();
  const articleIds = candidates.flatMap((page) => ARTICLE_PATH.exec(page.key)?.[1] ?? []).map(Number);
  const categorySlugs = candidates.flatMap((page) => CATEGORY_PATH.exec(page.key)?.[1] ?? []);
  const [articles, categories] = await Promise.all([
    db.article.findMany({
      where: { id: { in: articleIds }, ...publicArticleWhere() },
      select: { id: true, slug: true, title: true, category: { select: { slug: true } } },
    }),
    db.category.findMany({ where: { slug: { in: categorySlugs }, active: true }, select: { slug: true, name: true } }),
  ]);
  const titles = new Map<string, string>(Object.entries(FIXED_TITLES));
  for (const article of articles) titles.set(articlePath(article), article.title);
  for (const category of categories) titles.set(categoryPath(category), category.name);
  return candidates
    .flatMap((page) => (titles.has(page.key) ? [{ ...page, label: titles.get(page.key)! }] : []))
    .slice(0, limit);
}
