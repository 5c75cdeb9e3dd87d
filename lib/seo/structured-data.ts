import { articlePath } from "@/lib/articles/article-url";
import { documentPath } from "@/lib/documents/document-url";
import { vietnamDay } from "@/lib/format/vietnam-time";
import { siteConfig } from "@/lib/site/site-config";
import { metaDescription } from "./meta-description";
import { absoluteUrl } from "./site-url";

// schema.org objects for JSON-LD (components/seo/json-ld.tsx renders them).

export type BreadcrumbItem = { name: string; path: string };

export function organizationData() {
  return {
    "@type": "Organization",
    "@id": absoluteUrl("/#to-chuc"),
    name: siteConfig.name,
    alternateName: siteConfig.shortName,
    url: absoluteUrl("/"),
    logo: { "@type": "ImageObject", url: absoluteUrl(siteConfig.logo) },
    address: { "@type": "PostalAddress", streetAddress: siteConfig.address, addressCountry: "VN" },
    telephone: siteConfig.phone,
    email: siteConfig.email,
  };
}

export function breadcrumbListData(items: BreadcrumbItem[]) {
  return {
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}

type ArticleForData = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  seoDescription: string | null;
  imageUrl: string | null;
  authorName: string;
  publishedAt: Date | null;
  updatedAt: Date;
  category: { slug: string; name: string };
};

/**
 * NewsArticle with both dates right: datePublished is the publication time and dateModified the
 * last edit (NukeViet's template prints the edit time for both).
 */
export function newsArticleData(article: ArticleForData) {
  const url = absoluteUrl(articlePath(article));
  const publishedAt = article.publishedAt ?? article.updatedAt;
  return {
    "@type": "NewsArticle",
    "@id": `${url}#bai-viet`,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: article.title.length > 110 ? `${article.title.slice(0, 109)}…` : article.title,
    description: metaDescription(article.seoDescription || article.summary),
    image: [absoluteUrl(article.imageUrl ?? siteConfig.logo)],
    datePublished: publishedAt.toISOString(),
    // An article edited before it went out was not modified after publication.
    dateModified: (article.updatedAt > publishedAt ? article.updatedAt : publishedAt).toISOString(),
    author: article.authorName
      ? { "@type": "Person", name: article.authorName }
      : { "@type": "Organization", name: siteConfig.name, url: absoluteUrl("/") },
    publisher: {
      "@type": "Organization",
      name: siteConfig.name,
      logo: { "@type": "ImageObject", url: absoluteUrl(siteConfig.logo) },
    },
    articleSection: article.category.name,
    inLanguage: "vi",
  };
}

type DocumentForData = {
  id: number;
  slug: string;
  number: string;
  title: string;
  abstract: string;
  issuedAt: Date;
  effectiveAt: Date | null;
  expiresAt: Date | null;
  updatedAt: Date;
  type: { slug: string; name: string };
  issuingBody: { name: string };
  signer: { name: string } | null;
};


// Types that make or change rules are Legislation; letters, plans, notices and reports are documents.
const LEGISLATION_TYPES = new Set(["quyet-dinh", "chi-thi", "nghi-quyet", "nghi-dinh", "thong-tu", "luat"]);

/** A document of the library as schema.org Legislation (normative acts) or DigitalDocument (the rest). */
export function documentData(document: DocumentForData, now = new Date()) {
  const url = absoluteUrl(documentPath(document));
  const common = {
    "@id": `${url}#van-ban`,
    url,
    name: `${document.type.name} số ${document.number}: ${document.title}`,
    abstract: document.abstract || undefined,
    datePublished: document.issuedAt.toISOString(),
    dateModified: document.updatedAt.toISOString(),
    inLanguage: "vi",
    publisher: { "@type": "Organization", name: document.issuingBody.name },
  };
  if (!LEGISLATION_TYPES.has(document.type.slug)) {
    return { "@type": "DigitalDocument", ...common, identifier: document.number, genre: document.type.name };
  }
  const inForce = (!document.effectiveAt || document.effectiveAt <= now) && (!document.expiresAt || document.expiresAt > now);
  return {
    "@type": "Legislation",
    ...common,
    legislationIdentifier: document.number,
    legislationType: document.type.name,
    legislationDate: vietnamDay(document.issuedAt),
    legislationPassedBy: { "@type": "Organization", name: document.issuingBody.name },
    ...(document.signer ? { legislationResponsible: { "@type": "Person", name: document.signer.name } } : {}),
    legislationLegalForce: inForce ? "https://schema.org/InForce" : "https://schema.org/NotInForce",
  };
}
