import type { Page } from "@playwright/test";
import { metaDescription } from "../lib/seo/meta-description";
import {
  allArticles,
  articleSeo,
  articleUrl,
  categories,
  isPublicRow,
  publicDocuments,
  documentUrl,
  publishedDocuments,
  searchableRows,
  type ArticleRow,
} from "./helpers/database";
import { expect, test } from "./helpers/console-guard";

// Absolute URLs carry the server's public address: NEXTAUTH_URL, which scripts/e2e-server.ts
// (through scripts/runtime-env.mjs) sets to http://localhost:<port> unless it is given.
const ORIGIN = process.env.NEXTAUTH_URL || `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const absolute = (path: string) => new URL(path, ORIGIN).toString();
const pathOf = (url: string) => new URL(url).pathname;

const byNewest = (a: ArticleRow, b: ArticleRow) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || b.id - a.id;
const publicArticles = () => allArticles().filter((article) => isPublicRow(article)).sort(byNewest);

/** Parses XML with the browser's own parser; a parse error fails the test. */
async function parseXml<T>(page: Page, xml: string, read: (doc: Document) => T): Promise<T> {
  await page.goto("about:blank");
  return page.evaluate(
    ({ xml, read }) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      if (doc.querySelector("parsererror")) throw new Error(`XML không hợp lệ: ${doc.querySelector("parsererror")!.textContent}`);
      return new Function("doc", `return (${read})(doc)`)(doc);
    },
    { xml, read: read.toString() },
  ) as Promise<T>;
}

type FeedItem = { title: string; link: string; guid: string; pubDate: string; description: string };
const readFeed = (doc: Document) => ({
  version: doc.documentElement.getAttribute("version"),
  title: doc.querySelector("channel > title")?.textContent,
  items: [...doc.querySelectorAll("item")].map((item) => ({
    title: item.querySelector("title")?.textContent ?? "",
    link: item.querySelector("link")?.textContent ?? "",
    guid: item.querySelector("guid")?.textContent ?? "",
    pubDate: item.querySelector("pubDate")?.textContent ?? "",
    description: item.querySelector("description")?.textContent ?? "",
  })),
});

test("/rss.xml is valid RSS 2.0 with the 30 newest public articles", async ({ page, request }) => {
  const response = await request.get("/rss.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/rss+xml");
  const feed = await parseXml(page, await response.text(), readFeed);
  expect(feed.version).toBe("2.0");
  const newest = publicArticles().slice(0, 30);
  expect(feed.items.map((item: FeedItem) => item.title)).toEqual(newest.map((article) => article.title));
  expect(feed.items.map((item: FeedItem) => item.link)).toEqual(newest.map((article) => absolute(articleUrl(article))));
  // RFC 822 dates carry whole seconds; articles published from the editor carry milliseconds.
  const toSecond = (time: number) => Math.floor(time / 1000) * 1000;
  expect(feed.items.map((item: FeedItem) => new Date(item.pubDate).getTime())).toEqual(
    newest.map((article) => toSecond(article.publishedAt!.getTime())),
  );
  expect(feed.items.every((item: FeedItem) => item.guid === item.link && item.description.length > 0)).toBe(true);
});

test("each category has its own feed of its newest public articles", async ({ page, request }) => {
  for (const category of categories()) {
    const response = await request.get(`/rss/${category.slug}`);
    expect(response.status(), category.slug).toBe(200);
    const feed = await parseXml(page, await response.text(), readFeed);
    const expected = searchableRows()
      .filter((row) => row.kind === "article" && row.categoryIds.includes(category.id))
      .sort((a, b) => b.date.getTime() - a.date.getTime() || b.id - a.id)
      .slice(0, 30);
    expect(feed.items.map((item: FeedItem) => item.title), category.slug).toEqual(expected.map((row) => row.title));
  }
  expect((await request.get("/rss/khong-co-chuyen-muc-nay")).status()).toBe(404);
});

test("pages announce their feeds for autodiscovery", async ({ page, request }) => {
  await page.goto("/");
  const siteFeed = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(siteFeed.first()).toHaveAttribute("href", absolute("/rss.xml"));

  const category = categories()[1];
  await page.goto(`/tin-tuc/${category.slug}`);
  const hrefs = await page.locator('head link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) =>
    links.map((link) => link.getAttribute("href")),
  );
  expect(hrefs).toEqual([absolute("/rss.xml"), absolute(`/rss/${category.slug}`)]);
  for (const href of hrefs) expect((await request.get(pathOf(href!))).status()).toBe(200);

  // Pages without a canonical URL of their own still inherit the site feed.
  await page.goto("/tim-kiem");
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", absolute("/rss.xml"));
});

test("/sitemap.xml lists exactly the public pages, and robots.txt names it", async ({ page, request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const locs = await parseXml(page, await response.text(), (doc) => [...doc.getElementsByTagName("loc")].map((loc) => loc.textContent));
  const now = new Date();
  const expected = [
    "/",
    "/van-ban",
    ...categories().map((category) => `/tin-tuc/${category.slug}`),
    ...allArticles().filter((article) => isPublicRow(article, now)).sort((a, b) => a.id - b.id).map(articleUrl),
    ...publishedDocuments().map((document) => `/van-ban/${document.slug}-${document.id}`),
  ].map(absolute);
  expect([...locs].sort()).toEqual([...expected].sort());
  const hidden = allArticles().filter((article) => !isPublicRow(article, now));
  expect(hidden.some((article) => article.status === "published"), "the demo has a scheduled article").toBe(true);
  for (const article of hidden) expect(locs).not.toContain(absolute(articleUrl(article)));

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toContain(`Sitemap: ${absolute("/sitemap.xml")}`);
  expect(text).toMatch(/Disallow: \/quan-tri/);
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD read back with JSON.parse, checked field by field below
type JsonLdNode = Record<string, any>;
const jsonLd = async (page: Page): Promise<JsonLdNode[]> =>
  (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));

test("an article page has its canonical URL, social cards, NewsArticle and breadcrumbs", async ({ page }) => {
  const row = publicArticles().find((article) => article.imageCaption)!;
  const article = articleSeo(row.id);
  const url = absolute(articleUrl(row));
  await page.goto(articleUrl(row));

  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url);
  const description = metaDescription(article.seoDescription || article.summary);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", description);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", url);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", article.seoTitle || article.title);
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute("content", absolute(article.imageUrl!));
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator('meta[name="twitter:image"]').first()).toHaveAttribute("content", absolute(article.imageUrl!));

  const data = await jsonLd(page);
  const news = data.find((node) => node["@type"] === "NewsArticle")!;
  expect(news).toMatchObject({
    "@context": "https://schema.org",
    headline: article.title,
    url,
    datePublished: article.publishedAt.toISOString(),
    dateModified: new Date(Math.max(article.updatedAt.getTime(), article.publishedAt.getTime())).toISOString(),
    image: [absolute(article.imageUrl!)],
    articleSection: article.categoryName,
    publisher: { "@type": "Organization", logo: { "@type": "ImageObject", url: absolute("/images/logo.svg") } },
  });
  expect(news.author).toEqual(article.authorName ? { "@type": "Person", name: article.authorName } : expect.objectContaining({ "@type": "Organization" }));
  const breadcrumbs = data.find((node) => node["@type"] === "BreadcrumbList")!;
  expect(breadcrumbs.itemListElement.map((item: JsonLdNode) => [item.position, item.name, item.item])).toEqual([
    [1, "Trang chủ", absolute("/")],
    [2, article.categoryName, absolute(`/tin-tuc/${article.categorySlug}`)],
    [3, article.title, url],
  ]);

  const trail = page.getByRole("navigation", { name: "Vị trí trang" });
  await expect(trail.getByRole("link")).toHaveText(["Trang chủ", article.categoryName]);
  await expect(trail.locator('[aria-current="page"]')).toHaveText(article.title);
  await trail.getByRole("link", { name: article.categoryName }).click();
  await expect(page).toHaveURL(new RegExp(`/tin-tuc/${article.categorySlug}$`));
});

test("category and home pages carry breadcrumbs, canonical URLs and the Organization", async ({ page }) => {
  const category = categories()[0];
  await page.goto(`/tin-tuc/${category.slug}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", absolute(`/tin-tuc/${category.slug}`));
  const trail = page.getByRole("navigation", { name: "Vị trí trang" });
  await expect(trail.getByRole("link")).toHaveText(["Trang chủ"]);
  await expect(trail.locator('[aria-current="page"]')).toHaveText(category.name);
  const crumbs = (await jsonLd(page)).find((node) => node["@type"] === "BreadcrumbList")!;
  expect(crumbs.itemListElement.map((item: JsonLdNode) => item.item)).toEqual([absolute("/"), absolute(`/tin-tuc/${category.slug}`)]);

  await page.goto("/");
  // Next.js writes the root URL without its trailing slash; both name the same page.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", ORIGIN.replace(/\/$/, ""));
  const organization = (await jsonLd(page)).find((node) => node["@type"] === "Organization")!;
  expect(organization).toMatchObject({ url: absolute("/"), logo: { url: absolute("/images/logo.svg") } });
  expect(organization.name).toBeTruthy();
});

test("a document page has breadcrumbs, its canonical URL and Legislation or DigitalDocument data", async ({ page }) => {
  const documents = publicDocuments();
  // One of each kind: a decision is legislation, a plan or report is a digital document.
  for (const document of [documents.find((d) => d.typeSlug === "quyet-dinh"), documents.find((d) => d.typeSlug === "ke-hoach")]) {
    if (!document) throw new Error("thiếu văn bản mẫu loại quyết định hoặc kế hoạch");
    await page.goto(documentUrl(document));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", absolute(documentUrl(document)));
    const trail = page.getByRole("navigation", { name: "Vị trí trang" });
    await expect(trail.getByRole("link")).toHaveText(["Trang chủ", "Văn bản"]);
    await expect(trail.locator('[aria-current="page"]')).toHaveText(`Số ${document.number}`);
    const data = (await jsonLd(page)).find((node) => node["@type"] === "Legislation" || node["@type"] === "DigitalDocument")!;
    expect(data["@type"]).toBe(document.typeSlug === "quyet-dinh" ? "Legislation" : "DigitalDocument");
    expect(data.url).toBe(absolute(documentUrl(document)));
    expect(data.datePublished).toBe(document.issuedAt.toISOString());
    expect(data.legislationIdentifier ?? data.identifier).toBe(document.number);
  }
});
