import { describe, expect, it } from "vitest";
import { isPageViewRequest } from "./page-view-request";

function request(path: string, headers: Record<string, string> = {}, method = "GET") {
  const url = new URL(path, "http://localhost");
  return { method, pathname: url.pathname, searchParams: url.searchParams, headers: new Headers(headers) };
}

const NAVIGATION = { rsc: "1", "next-router-state-tree": "%5B%22%22%5D", "next-url": "/" };

describe("isPageViewRequest", () => {
  it("counts a full page load of a public page", () => {
    expect(isPageViewRequest(request("/"))).toBe(true);
    expect(isPageViewRequest(request("/tin-tuc/kinh-te-xa-hoi?trang=2"))).toBe(true);
    expect(isPageViewRequest(request("/thong-ke"))).toBe(true);
  });

  it("ignores route handlers, Next's files, static files and the editor area", () => {
    for (const path of ["/api/stats", "/_next/static/chunks/a.js", "/images/logo.svg", "/robots.txt", "/quan-tri", "/quan-tri/bai-viet"]) {
      expect(isPageViewRequest(request(path)), path).toBe(false);
    }
    expect(isPageViewRequest(request("/quan-tri-vien"))).toBe(true);
  });

  it("ignores prefetches of every kind", () => {
    expect(isPageViewRequest(request("/a", { ...NAVIGATION, "next-router-prefetch": "1" }))).toBe(false);
    expect(isPageViewRequest(request("/a", { rsc: "1", "next-router-segment-prefetch": "/_tree" }))).toBe(false);
    expect(isPageViewRequest(request("/a", { purpose: "prefetch" }))).toBe(false);
    expect(isPageViewRequest(request("/a", { "sec-purpose": "prefetch;prerender" }))).toBe(false);
    expect(isPageViewRequest(request("/a", { "x-moz": "prefetch" }))).toBe(false);
  });

  it("counts a client-side navigation but no other RSC payload request", () => {
    expect(isPageViewRequest(request("/a?_rsc=abc", NAVIGATION))).toBe(true);
    expect(isPageViewRequest(request("/a?_rsc=abc", { rsc: "1" }))).toBe(false);
    expect(isPageViewRequest(request("/a?_rsc=abc"))).toBe(false);
    expect(isPageViewRequest(request("/a", { ...NAVIGATION, "next-hmr-refresh": "1" }))).toBe(false);
  });

  it("counts only GET: form posts and server actions are not page views", () => {
    expect(isPageViewRequest(request("/", {}, "POST"))).toBe(false);
    expect(isPageViewRequest(request("/", {}, "HEAD"))).toBe(false);
  });
});
