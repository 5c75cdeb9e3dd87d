import type { Metadata } from "next";
import { siteConfig } from "@/lib/site/site-config";
import { absoluteUrl } from "./site-url";

export const SITE_FEED_PATH = "/rss.xml";

/** NukeViet's per-category feed address: /rss/<category-slug>. */
export function categoryFeedPath(category: { slug: string }): string {
  return `/rss/${category.slug}`;
}

/**
 * A page's canonical URL together with the RSS autodiscovery links. Next.js replaces a parent's
 * `alternates` as a whole, so every page that sets its canonical URL lists the feeds again here.
 */
export function pageAlternates(
  path: string | null,
  category?: { slug: string; name: string },
): NonNullable<Metadata["alternates"]> {
  const feeds = [{ url: absoluteUrl(SITE_FEED_PATH), title: `Tin mới - ${siteConfig.shortName}` }];
  if (category) feeds.push({ url: absoluteUrl(categoryFeedPath(category)), title: `${category.name} - ${siteConfig.shortName}` });
  return {
    ...(path === null ? {} : { canonical: absoluteUrl(path) }),
    types: { "application/rss+xml": feeds },
  };
}
