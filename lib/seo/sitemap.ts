import { articlePath, categoryPath } from "@/lib/articles/article-url";
import { publicArticleWhere } from "@/lib/articles/visibility";
import { getDb } from "@/lib/db/client";
import { documentPath } from "@/lib/documents/document-url";
import { escapeHtml } from "@/lib/text/escape-html";
import { absoluteUrl } from "./site-url";

/** The sitemap protocol's limit per file; past it /sitemap.xml becomes an index of numbered files. */
export const SITEMAP_URL_LIMIT = 50_000;

export type SitemapEntry = { path: string; lastModified?: Date };

const STATIC_PAGES: SitemapEntry[] = [{ path: "/" }, { path: "/van-ban" }];

const byId = { id: "asc" } as const;
const later = (a: Date, b: Date | null) => (b && b > a ? b : a);

/**
 * The indexable URLs in a fixed order (pages, categories, articles, documents), from `offset`,
 * at most `limit`. Only what a visitor may read: public articles (a scheduled one appears once
 * due) and published documents.
 */
export async function sitemapEntries(offset: number, limit: number, now = new Date()): Promise<SitemapEntry[]> {
  const db = await getDb();
  const entries: SitemapEntry[] = [];
  let skip = offset;
  const take = () => limit - entries.length;

  const fixed = STATIC_PAGES.slice(skip, skip + take());
  entries.push(...fixed);
  skip = Math.max(0, skip - STATIC_PAGES.length);

  const counts = await sitemapCounts(now);
  if (take() > 0 && skip < counts.categories) {
    const rows = await db.category.findMany({ where: { active: true }, orderBy: byId, skip, take: take(), select: { slug: true, updatedAt: true } });
    entries.push(...rows.map((row) => ({ path: categoryPath(row), lastModified: row.updatedAt })));
  }
  skip = Math.max(0, skip - counts.categories);
  if (take() > 0 && skip < counts.articles) {
    const rows = await db.article.findMany({
      where: publicArticleWhere(now),
      orderBy: byId,
      skip,
      take: take(),
      select: { id: true, slug: true, updatedAt: true, publishedAt: true, category: { select: { slug: true } } },
    });
    entries.push(...rows.map((row) => ({ path: articlePath(row), lastModified: later(row.updatedAt, row.publishedAt) })));
  }
  skip = Math.max(0, skip - counts.articles);
  if (take() > 0 && skip < counts.documents) {
    const rows = await db.document.findMany({ where: { status: "published" }, orderBy: byId, skip, take: take(), select: { id: true, slug: true, updatedAt: true } });
    entries.push(...rows.map((row) => ({ path: documentPath(row), lastModified: row.updatedAt })));
  }
  return entries;
}

async function sitemapCounts(now: Date) {
  const db = await getDb();
  const [categories, articles, documents] = await Promise.all([
    db.category.count({ where: { active: true } }),
    db.article.count({ where: publicArticleWhere(now) }),
    db.document.count({ where: { status: "published" } }),
  ]);
  return { categories, articles, documents };
}

export async function sitemapUrlCount(now = new Date()): Promise<number> {
  const counts = await sitemapCounts(now);
  return STATIC_PAGES.length + counts.categories + counts.articles + counts.documents;
}

export function sitemapPartPath(part: number): string {
  return `/sitemap/${part}.xml`;
}

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>';
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

export function renderUrlSet(entries: SitemapEntry[]): string {
  const urls = entries.map((entry) =>
    [
      "  <url>",
      `    <loc>${escapeHtml(absoluteUrl(entry.path))}</loc>`,
      ...(entry.lastModified ? [`    <lastmod>${entry.lastModified.toISOString()}</lastmod>`] : []),
      "  </url>",
    ].join("\n"),
  );
  return [XML_HEADER, `<urlset xmlns="${SITEMAP_NS}">`, ...urls, "</urlset>", ""].join("\n");
}

export function renderSitemapIndex(parts: number): string {
  const sitemaps = Array.from({ length: parts }, (_, index) =>
    `  <sitemap>\n    <loc>${escapeHtml(absoluteUrl(sitemapPartPath(index + 1)))}</loc>\n  </sitemap>`,
  );
  return [XML_HEADER, `<sitemapindex xmlns="${SITEMAP_NS}">`, ...sitemaps, "</sitemapindex>", ""].join("\n");
}

/**
 * /sitemap.xml: every URL while they fit in one file, otherwise the index of /sitemap/<n>.xml.
 * `limit` is a parameter so tests can cross the threshold without 50,000 rows.
 */
export async function sitemapDocument(limit = SITEMAP_URL_LIMIT, now = new Date()): Promise<string> {
  const total = await sitemapUrlCount(now);
  if (total <= limit) return renderUrlSet(await sitemapEntries(0, limit, now));
  return renderSitemapIndex(Math.ceil(total / limit));
}

/** /sitemap/<part>.xml, or null for a part that does not exist. */
export async function sitemapPartDocument(part: number, limit = SITEMAP_URL_LIMIT, now = new Date()): Promise<string | null> {
  const total = await sitemapUrlCount(now);
  if (total <= limit || part < 1 || part > Math.ceil(total / limit)) return null;
  return renderUrlSet(await sitemapEntries((part - 1) * limit, limit, now));
}
