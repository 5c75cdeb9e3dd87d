import { describe, expect, it } from "vitest";
import { articlePath, categoryPath } from "@/lib/articles/article-url";
import { publicArticleWhere } from "@/lib/articles/visibility";
import { getDb } from "@/lib/db/client";
import { documentPath } from "@/lib/documents/document-url";
import { sitemapDocument, sitemapPartDocument } from "./sitemap";
import { absoluteUrl } from "./site-url";

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1].replace(/&amp;/g, "&"));

async function expectedUrls(now: Date) {
  const db = await getDb();
  const [categories, articles, documents] = await Promise.all([
    db.category.findMany({ where: { active: true }, orderBy: { id: "asc" } }),
    db.article.findMany({ where: publicArticleWhere(now), orderBy: { id: "asc" }, include: { category: true } }),
    db.document.findMany({ where: { status: "published" }, orderBy: { id: "asc" } }),
  ]);
  return [
    "/",
    "/van-ban",
    ...categories.map((category) => categoryPath(category)),
    ...articles.map((article) => articlePath(article)),
    ...documents.map((document) => documentPath(document)),
  ].map(absoluteUrl);
}

describe("sitemap", () => {
  it("lists the pages, categories, public articles and published documents", async () => {
    const now = new Date();
    const xml = await sitemapDocument(undefined, now);
    expect(xml).toContain("<urlset");
    expect(locs(xml)).toEqual(await expectedUrls(now));
  });

  it("leaves out drafts and articles in review, and shows a scheduled article once it is due", async () => {
    const db = await getDb();
    const now = new Date();
    const scheduled = await db.article.findFirstOrThrow({ where: { status: "published", publishedAt: { gt: now } }, include: { category: true } });
    const url = absoluteUrl(articlePath(scheduled));
    expect(locs(await sitemapDocument(undefined, now))).not.toContain(url);
    const due = new Date(scheduled.publishedAt!.getTime() + 60_000);
    expect(locs(await sitemapDocument(undefined, due))).toContain(url);

    const hidden = await db.article.findMany({ where: { status: { in: ["draft", "review"] } }, include: { category: true } });
    expect(hidden.length).toBeGreaterThan(0);
    const listed = new Set(locs(await sitemapDocument(undefined, due)));
    for (const article of hidden) expect(listed.has(absoluteUrl(articlePath(article)))).toBe(false);
  });

  it("becomes an index of numbered files past the limit, which together list every URL once", async () => {
    const now = new Date();
    const expected = await expectedUrls(now);
    const limit = 25;
    const index = await sitemapDocument(limit, now);
    expect(index).toContain("<sitemapindex");
    const parts = locs(index);
    expect(parts).toEqual(Array.from({ length: Math.ceil(expected.length / limit) }, (_, i) => absoluteUrl(`/sitemap/${i + 1}.xml`)));

    const listed: string[] = [];
    for (let part = 1; part <= parts.length; part++) {
      const urls = locs((await sitemapPartDocument(part, limit, now))!);
      expect(urls.length).toBeLessThanOrEqual(limit);
      listed.push(...urls);
    }
    expect(listed).toEqual(expected);
    expect(await sitemapPartDocument(parts.length + 1, limit, now)).toBeNull();
    expect(await sitemapPartDocument(1, undefined, now)).toBeNull();
  });
});
