// Which requests are page views. The public pipeline asks this rule of every page request; it
// decides alone, so it can be unit-tested.

export type RequestLike = { method: string; pathname: string; searchParams: URLSearchParams; headers: Headers };

// Route handlers, Next's own files and the editor area (not public) are never page views.
const NOT_PUBLIC_PAGES = /^\/(?:_next|api|quan-tri)(?:\/|$)/;
// A last path segment with an extension is a file: images, robots.txt, RSC payload URLs (.rsc).
const FILE_PATH = /\.[a-z0-9]+$/i;

/** A path of the public site: not Next's own files, route handlers, the editor area or a file. */
export function isPublicPagePath(pathname: string): boolean {
  return !NOT_PUBLIC_PAGES.test(pathname) && !FILE_PATH.test(pathname);
}

/** A request the browser (or the router) makes ahead of time: the reader has not opened the page. */
export function isPrefetch(headers: Headers): boolean {
  return (
    headers.has("next-router-prefetch") ||
    headers.has("next-router-segment-prefetch") ||
    /prefetch|prerender/i.test(headers.get("purpose") ?? "") ||
    /prefetch|prerender/i.test(headers.get("sec-purpose") ?? "") ||
    /prefetch/i.test(headers.get("x-moz") ?? "")
  );
}

/**
 * A public page the reader actually opened. A full page load counts. An RSC request (header
 * `RSC: 1` or the `_rsc` parameter) is a page view only when it is a client-side navigation:
 * the site's links are `next/link`, so a reader going from article to article makes RSC
 * requests only; without them the visit window would not slide and a reader would drop out
 * of "online" after one page. RSC prefetches and development refreshes are not page views.
 */
export function isPageViewRequest(request: RequestLike): boolean {
  if (request.method !== "GET") return false;
  if (!isPublicPagePath(request.pathname)) return false;
  if (isPrefetch(request.headers)) return false;
  const isRsc = request.headers.get("rsc") === "1" || request.searchParams.has("_rsc");
  if (!isRsc) return true;
  return request.headers.has("next-router-state-tree") && !request.headers.has("next-hmr-refresh");
}
