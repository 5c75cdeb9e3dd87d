import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";
import { requestIdOf } from "@/lib/http/request-id";
import { CROSS_SITE_REFUSAL, isCrossSiteWrite } from "@/lib/http/same-origin";
import { withNonce } from "@/lib/page-cache/page-body";
import { cachedPage, cachedPageHeaders, isPageCacheFill, pageCacheFillNonce, type CachedAnswer } from "@/lib/page-cache/page-cache";
import { limitSearchRequest } from "@/lib/rate-limit/search-limits";
import { recordPageView } from "@/lib/stats/record-page-view";
import { VISITOR_COOKIE, visitorCookieOptions } from "@/lib/visitors/visitor-id";

/**
 * Every page request passes here, in the server's own Node.js process (Next 16), and gets:
 *
 * - a write (a server action, or any other non-GET) from anywhere but the public address, a
 *   403: the same rule route handlers apply (lib/http/same-origin.ts). Next's own check of
 *   server actions believes X-Forwarded-Host and lets a foreign Referer through;
 * - a search past its rate limit, a 429 before anything else (lib/rate-limit/search-limits.ts);
 * - a request id (`x-request-id`, on the request for the logs and on the response);
 * - a Content-Security-Policy with a fresh nonce, put on the request too, where Next finds it
 *   and adds the nonce to its own scripts;
 * - its page view recorded for the site statistics (lib/stats), crawlers included, without the
 *   page ever waiting: hits go to a buffer written every second, and `event.waitUntil` makes
 *   `next start` finish that write on shutdown;
 * - for an anonymous reader's full page load, the page from the page cache (lib/page-cache):
 *   rendered once, kept until an editor's change drops it, and served with this response's
 *   nonce in place of the placeholder it was rendered with. Under the portal's own server
 *   (scripts/serve.mjs) pages already in the cache are answered before Next, by the front
 *   door (lib/page-cache/front-door.ts), which does the same; plain `next start` answers them here.
 *
 * Sessions and roles are not checked here: pages, server actions and route handlers do that.
 */
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const requestId = requestIdOf(request.headers);
  if (isCrossSiteWrite(request.method, request.headers)) {
    return NextResponse.json({ error: CROSS_SITE_REFUSAL }, { status: 403, headers: { "X-Request-Id": requestId } });
  }
  // The cache's own render of a page: anonymous, with the placeholder nonce, and not a page view.
  const fill = isPageCacheFill(request.headers);
  const searchLimited = fill ? null : await limitSearchRequest(request);
  if (searchLimited) return searchLimited;
  const nonce = fill ? pageCacheFillNonce() : newNonce();
  const policy = contentSecurityPolicy(nonce);
  const newVisitor = fill ? null : recordPageView(pageRequest(request), (write) => event.waitUntil(write));
  // The page rendering now sees the new visitor's id too.
  if (newVisitor) request.cookies.set(VISITOR_COOKIE, newVisitor);

  const cached = fill ? null : await cachedPage({ ...pageRequest(request), search: request.nextUrl.search });
  let response: NextResponse;
  if (cached) {
    response = cachedResponse(cached, nonce);
  } else {
    const headers = new Headers(request.headers);
    headers.set("x-request-id", requestId);
    headers.set("content-security-policy", policy);
    headers.set("x-nonce", nonce); // for the one inline script of our own (app/layout.tsx)
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("X-Request-Id", requestId);
  if (newVisitor) response.cookies.set(VISITOR_COOKIE, newVisitor, visitorCookieOptions());
  return response;
}

function pageRequest(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  return { method: request.method, pathname, searchParams, headers: request.headers };
}

function cachedResponse(answer: CachedAnswer, nonce: string): NextResponse {
  return new NextResponse(Buffer.concat(withNonce(answer.pieces, nonce)) as Uint8Array<ArrayBuffer>, { status: answer.status, headers: cachedPageHeaders(answer) });
}

// Static files and Next's own requests never reach the proxy, nor do route handlers (they
// answer JSON and files, and generate their own request id when the logs need one).
export const config = {
  matcher: ["/((?!_next/|api/|.*\\.[a-zA-Z0-9]+$).*)"],
};
