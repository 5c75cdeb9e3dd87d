import { describe, expect, it } from "vitest";
import { isCacheablePageRequest, pageCacheKey } from "./cacheable-request";
import { pageTags } from "./page-tags";

const request = (path: string, headers: Record<string, string> = {}, method = "GET") => {
  const url = new URL(path, "http://sonha.test");
  return { method, pathname: url.pathname, searchParams: url.searchParams, headers: new Headers(headers) };
};

describe("which requests the page cache answers", () => {
  it("answers anonymous full page loads of public pages", () => {
    for (const path of ["/", "/tin-tuc/kinh-te", "/tin-tuc/kinh-te/bai-viet-12", "/van-ban?loai=cong-van", "/tim-kiem?q=cau"]) {
      expect(isCacheablePageRequest(request(path, { cookie: "vid=abc" })), path).toBe(true);
    }
  });

  it("never answers staff, the router's RSC requests, prefetches, writes or private areas", () => {
    expect(isCacheablePageRequest(request("/", { cookie: "vid=1; next-auth.session-token=x" }))).toBe(false);
    expect(isCacheablePageRequest(request("/", { cookie: "__Secure-next-auth.session-token.0=x" }))).toBe(false);
    expect(isCacheablePageRequest(request("/tin-tuc/kinh-te", { rsc: "1" }))).toBe(false);
    expect(isCacheablePageRequest(request("/tin-tuc/kinh-te?_rsc=1x2"))).toBe(false);
    expect(isCacheablePageRequest(request("/", { "next-router-prefetch": "1" }))).toBe(false);
    expect(isCacheablePageRequest(request("/", { purpose: "prefetch" }))).toBe(false);
    expect(isCacheablePageRequest(request("/", { "next-action": "abc" }, "POST"))).toBe(false);
    expect(isCacheablePageRequest(request("/", {}, "HEAD"))).toBe(false);
    for (const path of ["/quan-tri", "/quan-tri/bai-viet", "/dang-nhap", "/thong-ke", "/api/stats", "/rss.xml", "/sitemap.xml"]) {
      expect(isCacheablePageRequest(request(path)), path).toBe(false);
    }
  });

  it("keys pages by path and query", () => {
    expect(pageCacheKey({ pathname: "/van-ban", search: "?loai=cong-van&trang=2" })).toBe("/van-ban?loai=cong-van&trang=2");
  });
});

describe("page tags", () => {
  it("ties every page to articles and documents, and an article page to its own id", () => {
    expect(pageTags("/")).toEqual(["articles", "documents"]);
    expect(pageTags("/tin-tuc/kinh-te")).toEqual(["articles", "documents"]);
    expect(pageTags("/tin-tuc/kinh-te/khoi-cong-cau-da-giang-2-41")).toEqual(["articles", "documents", "article:41"]);
    expect(pageTags("/tin-tuc/kinh-te/41")).toEqual(["articles", "documents", "article:41"]);
    expect(pageTags("/tin-tuc/kinh-te/khong-co-so")).toEqual(["articles", "documents"]);
  });
});
