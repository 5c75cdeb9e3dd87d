import { articlePath } from "@/lib/articles/article-url";
import type { ArticleCard } from "@/lib/articles/queries";
import { siteConfig } from "@/lib/site/site-config";
import { escapeHtml } from "@/lib/text/escape-html";
import { absoluteUrl } from "./site-url";

export const FEED_ITEM_COUNT = 30;

// Characters XML 1.0 forbids even when escaped; pasted text sometimes carries them.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const text = (value: string) => escapeHtml(value.replace(XML_FORBIDDEN, ""));

type Feed = { title: string; description: string; path: string; feedPath: string; articles: ArticleCard[] };

/** An RSS 2.0 document: every value escaped, dates in RFC 822, absolute links, an atom:link to itself. */
export function renderRssFeed(feed: Feed, now = new Date()): string {
  const items = feed.articles.map((article) => {
    const url = absoluteUrl(articlePath(article));
    return [
      "    <item>",
      `      <title>${text(article.title)}</title>`,
      `      <link>${text(url)}</link>`,
      `      <guid isPermaLink="true">${text(url)}</guid>`,
      // The summary is optional for editors; feed readers show an empty description as a blank item.
      `      <description>${text(article.summary || article.title)}</description>`,
      `      <category>${text(article.category.name)}</category>`,
      `      <pubDate>${article.publishedAt.toUTCString()}</pubDate>`,
      "    </item>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${text(feed.title)}</title>`,
    `    <link>${text(absoluteUrl(feed.path))}</link>`,
    `    <description>${text(feed.description)}</description>`,
    "    <language>vi</language>",
    `    <lastBuildDate>${(feed.articles[0]?.publishedAt ?? now).toUTCString()}</lastBuildDate>`,
    `    <atom:link href="${text(absoluteUrl(feed.feedPath))}" rel="self" type="application/rss+xml"/>`,
    "    <image>",
    `      <url>${text(absoluteUrl(siteConfig.logo))}</url>`,
    `      <title>${text(feed.title)}</title>`,
    `      <link>${text(absoluteUrl(feed.path))}</link>`,
    "    </image>",
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}
