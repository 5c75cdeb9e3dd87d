import { isPrefetch } from "@/lib/stats/page-view-request";

// Public pages whose HTML is the same for every anonymous reader. Not the statistics page
// (its figures are the point of it), nor the editor area, sign-in, route handlers or files.
const NOT_CACHED = /^\/(?:_next|api|quan-tri|dang-nhap|thong-ke)(?:\/|$)/;
const FILE_PATH = /\.[a-z0-9]+$/i;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;

export type CacheableRequest = { method: string; pathname: string; searchParams: URLSearchParams; headers: Headers };

/**
 * A full-page GET from an anonymous reader. Signed-in staff see their own variants (edit
 * links, the idle prompt, their name in the comment form) and always get a fresh render;
 * so do the router's RSC requests, whose answer depends on the page the browser is on.
 */
export function isCacheablePageRequest(request: CacheableRequest): boolean {
  if (request.method !== "GET") return false;
  if (NOT_CACHED.test(request.pathname) || FILE_PATH.test(request.pathname)) return false;
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
