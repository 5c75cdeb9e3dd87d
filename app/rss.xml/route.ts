import { listLatestArticles } from "@/lib/articles/queries";
import { handleRoute } from "@/lib/http/handle-route";
import { rssResponse } from "@/lib/http/xml-response";
import { SITE_FEED_PATH } from "@/lib/seo/feeds";
import { FEED_ITEM_COUNT, renderRssFeed } from "@/lib/seo/rss-feed";
import { siteConfig } from "@/lib/site/site-config";

export const dynamic = "force-dynamic";

/** The 30 newest public articles. */
export const GET = handleRoute(async () =>
  rssResponse(
    renderRssFeed({
      title: `${siteConfig.tagline} ${siteConfig.name}`,
      description: `Tin mới nhất của ${siteConfig.name}`,
      path: "/",
      feedPath: SITE_FEED_PATH,
      articles: await listLatestArticles(FEED_ITEM_COUNT),
    }),
  ),
);
