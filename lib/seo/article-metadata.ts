import type { Metadata } from "next";
import { articlePath } from "@/lib/articles/article-url";
import type { PublicArticle } from "@/lib/articles/queries";
import { siteConfig } from "@/lib/site/site-config";
import { pageAlternates } from "./feeds";
import { metaDescription } from "./meta-description";
import { absoluteUrl } from "./site-url";

/** An article's head: title, description from the summary, canonical URL, OpenGraph and Twitter card with its image. */
export function articleMetadata(article: PublicArticle): Metadata {
  const title = article.seoTitle || article.title;
  const description = metaDescription(article.seoDescription || article.summary);
  const image = article.imageUrl
    ? { url: absoluteUrl(article.imageUrl), width: article.imageWidth ?? undefined, height: article.imageHeight ?? undefined, alt: article.imageAlt ?? article.title }
    : { url: absoluteUrl(siteConfig.logo), alt: siteConfig.name };
  return {
    title,
    description,
    alternates: pageAlternates(articlePath(article), article.category),
    openGraph: {
      type: "article",
      url: absoluteUrl(articlePath(article)),
      siteName: siteConfig.name,
      locale: "vi_VN",
      title,
      description,
      images: [image],
      publishedTime: article.publishedAt?.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      section: article.category.name,
      tags: article.tags.map(({ tag }) => tag.name),
    },
    twitter: { card: article.imageUrl ? "summary_large_image" : "summary", title, description, images: [image] },
  };
}
