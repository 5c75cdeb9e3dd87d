import { categoryPath } from "@/lib/articles/article-url";
import { listCategoryArticles } from "@/lib/articles/queries";
import { getActiveCategoryBySlug } from "@/lib/categories/queries";
import { NotFoundError } from "@/lib/errors/domain-error";
import { handleRoute } from "@/lib/http/handle-route";
import { rssResponse } from "@/lib/http/xml-response";
import { categoryFeedPath } from "@/lib/seo/feeds";
import { FEED_ITEM_COUNT, renderRssFeed } from "@/lib/seo/rss-feed";
import { siteConfig } from "@/lib/site/site-config";

export const dynamic = "force-dynamic";

/** The 30 newest public articles of one category: /rss/<category-slug>. */
export const GET = handleRoute(async (_request: Request, { params }: { params: Promise<{ category: string }> }) => {
  const category = await getActiveCategoryBySlug((await params).category);
  if (!category) throw new NotFoundError("Không tìm thấy chuyên mục.");
  const { items } = await listCategoryArticles(category.id, { page: 1, perPage: FEED_ITEM_COUNT });
  return rssResponse(
    renderRssFeed({
      title: `${category.name} - ${siteConfig.shortName}`,
      description: category.description || `Tin ${category.name} của ${siteConfig.name}`,
      path: categoryPath(category),
      feedPath: categoryFeedPath(category),
      articles: items,
    }),
  );
});
