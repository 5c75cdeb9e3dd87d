import { afterEach, describe, expect, it } from "vitest";
import type { ArticleCard } from "@/lib/articles/queries";
import { metaDescription } from "./meta-description";
import { renderRssFeed } from "./rss-feed";
import { absoluteUrl } from "./site-url";
import { documentData, newsArticleData } from "./structured-data";

const originalUrl = process.env.NEXTAUTH_URL;
afterEach(() => {
  // Assigning undefined would store the string "undefined".
  if (originalUrl === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = originalUrl;
});

describe("absoluteUrl", () => {
  it("joins paths to the configured public address, keeping a sub-path", () => {
    process.env.NEXTAUTH_URL = "https://congthongtin.sonha.gov.vn";
    expect(absoluteUrl("/tin-tuc/a-1")).toBe("https://congthongtin.sonha.gov.vn/tin-tuc/a-1");
    process.env.NEXTAUTH_URL = "https://example.vn/cong/";
    expect(absoluteUrl("/rss.xml")).toBe("https://example.vn/cong/rss.xml");
  });
});

describe("metaDescription", () => {
  it("keeps short summaries and cuts long ones between words, under 160 characters", () => {
    expect(metaDescription(" Một  câu\nngắn. ")).toBe("Một câu ngắn.");
    const long = "Tỉnh Sơn Hà triển khai kế hoạch chuyển đổi số ".repeat(10);
    const description = metaDescription(long);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.endsWith("…")).toBe(true);
    expect(long.startsWith(description.slice(0, -1))).toBe(true);
  });
});

describe("newsArticleData", () => {
  const article = {
    id: 7,
    slug: "khoi-cong-cau",
    title: "Khởi công cầu",
    summary: "Tóm tắt",
    seoDescription: null,
    imageUrl: "/images/demo/cau.jpg",
    authorName: "Minh Anh",
    publishedAt: new Date("2026-10-18T02:24:00Z"),
    updatedAt: new Date("2026-10-20T09:00:00Z"),
    category: { slug: "thoi-su", name: "Thời sự" },
  };

  it("gives the publication time as datePublished and the last edit as dateModified", () => {
    const data = newsArticleData(article);
    expect(data.datePublished).toBe("2026-10-18T02:24:00.000Z");
    expect(data.dateModified).toBe("2026-10-20T09:00:00.000Z");
    // An edit before a scheduled publication does not predate it.
    expect(newsArticleData({ ...article, updatedAt: new Date("2026-10-01T00:00:00Z") }).dateModified).toBe("2026-10-18T02:24:00.000Z");
  });

  it("names the author, the publisher with its logo and the image with absolute URLs", () => {
    process.env.NEXTAUTH_URL = "https://congthongtin.sonha.gov.vn";
    const data = newsArticleData(article);
    expect(data.author).toEqual({ "@type": "Person", name: "Minh Anh" });
    expect(data.publisher.logo.url).toBe("https://congthongtin.sonha.gov.vn/images/logo.svg");
    expect(data.image).toEqual(["https://congthongtin.sonha.gov.vn/images/demo/cau.jpg"]);
    expect(data.mainEntityOfPage["@id"]).toBe("https://congthongtin.sonha.gov.vn/tin-tuc/thoi-su/khoi-cong-cau-7");
  });
});

describe("renderRssFeed", () => {
  const feedOf = (article: Partial<ArticleCard>) =>
    renderRssFeed({
      title: "Tin <mới> & \"nóng\"",
      description: "Mô tả",
      path: "/",
      feedPath: "/rss.xml",
      articles: [
        {
          id: 1,
          title: "Tin",
          slug: "tin",
          summary: "Tóm tắt",
          publishedAt: new Date("2026-11-26T01:00:00Z"),
          imageUrl: null,
          imageAlt: null,
          imageWidth: null,
          imageHeight: null,
          viewCount: 0,
          category: { id: 1, slug: "thoi-su", name: "Thời sự" },
          ...article,
        },
      ],
    });

  it("escapes every value and drops characters XML forbids", () => {
    const xml = feedOf({ title: "A & B <script>alert('x')</script>\u0007", summary: "]]> tóm tắt" });
    expect(xml).toContain("<title>Tin &lt;mới&gt; &amp; &quot;nóng&quot;</title>");
    expect(xml).toContain("<title>A &amp; B &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</title>");
    expect(xml).not.toContain("\u0007");
    expect(xml).toContain("<pubDate>Thu, 26 Nov 2026 01:00:00 GMT</pubDate>");
  });

  it("describes an article without a summary by its title", () => {
    expect(feedOf({ title: "Bài chưa có tóm tắt", summary: "" })).toContain("<description>Bài chưa có tóm tắt</description>");
  });
});

describe("documentData", () => {
  const document = {
    id: 12,
    slug: "ve-viec-trien-khai",
    number: "25/2026/QĐ-UBND",
    title: "Về việc triển khai",
    abstract: "Trích yếu",
    issuedAt: new Date("2026-03-01T01:00:00Z"),
    effectiveAt: new Date("2026-03-15T01:00:00Z"),
    expiresAt: null,
    updatedAt: new Date("2026-03-02T01:00:00Z"),
    type: { slug: "quyet-dinh", name: "Quyết định" },
    issuingBody: { name: "UBND tỉnh Sơn Hà" },
    signer: { name: "Trần Quốc Hưng" },
  };

  it("describes decisions as Legislation, in force between their effective and expiry dates", () => {
    const before = documentData(document, new Date("2026-03-10T00:00:00Z"));
    expect(before).toMatchObject({
      "@type": "Legislation",
      legislationIdentifier: "25/2026/QĐ-UBND",
      legislationDate: "2026-03-01",
      legislationPassedBy: { name: "UBND tỉnh Sơn Hà" },
      legislationLegalForce: "https://schema.org/NotInForce",
    });
    expect(documentData(document, new Date("2026-04-01T00:00:00Z"))).toMatchObject({ legislationLegalForce: "https://schema.org/InForce" });
    const expired = { ...document, expiresAt: new Date("2026-06-01T00:00:00Z") };
    expect(documentData(expired, new Date("2026-07-01T00:00:00Z"))).toMatchObject({ legislationLegalForce: "https://schema.org/NotInForce" });
  });

  it("describes letters, plans and reports as DigitalDocument", () => {
    const letter = documentData({ ...document, type: { slug: "cong-van", name: "Công văn" } });
    expect(letter).toMatchObject({ "@type": "DigitalDocument", identifier: "25/2026/QĐ-UBND", genre: "Công văn" });
    expect(letter).not.toHaveProperty("legislationIdentifier");
  });
});
