import { isPrefetch, isPublicPagePath } from "@/lib/stats/page-view-request";

// Public pages are the same for every anonymous reader, except the statistics page (its live
// figures are the point of it) and sign-in.
const NOT_CACHED = /^\/(?:dang-nhap|thong-ke)(?:\/|$)/;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;

export type CacheableRequest = { method: string; pathname: string; searchParams: URLSearchParams; headers: Headers };

/**
 * A full-page GET from an anonymous reader. Signed-in staff see their own variants (edit
 * links, the idle prompt, their name in the comment form) and always get a fresh render;
 * so do the router's RSC requests, whose answer depends on the page the browser is on.
 */
export function isCacheablePageRequest(request: CacheableRequest): boolean {
  if (request.method !== "GET") return false;
  if (!isPublicPagePath(request.pathname) || NOT_CACHED.test(request.pathname)) return false;
  const headers = request.headers;
  if (headers.has("rsc") || headers.has("next-router-state-tree") || headers.has("next-action") || request.searchParams.has("_rsc")) {
    return false;
  }
  if (isPrefetch(headers)) return false;
  return !SESSION_COOKIE.test(headers.get("cookie") ?? "");
}

/** The cache key: the path and the query as sent (filters and pages are part of the page). */
export function pageCacheKey(request: { pathname: string; search: string }): string {
  return `${request.pathname}${request.search}`;
}
