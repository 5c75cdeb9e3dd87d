import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";
import { requestIdOf } from "@/lib/http/request-id";
import { cachedPage, isPageCacheFill, pageCacheFillNonce, withNonce, type CachedAnswer } from "@/lib/page-cache/page-cache";
import { logger } from "@/lib/observability/logger";
import { limitSearchRequest } from "@/lib/rate-limit/search-limits";
import { recordHit } from "@/lib/stats/hit-buffer";
import { botVisitorKey } from "@/lib/stats/page-hit";
import { isPageViewRequest } from "@/lib/stats/page-view-request";
import { externalReferrerHost } from "@/lib/stats/referrer-host";
import { detectBot } from "@/lib/visitors/bot-detection";
import { isVisitorId, newVisitorId, VISITOR_COOKIE, visitorCookieOptions } from "@/lib/visitors/visitor-id";

/**
 * Every page request passes here, in the server's own Node.js process (Next 16), and gets:
 *
 * - a search past its rate limit, a 429 before anything else (lib/rate-limit/search-limits.ts);
 * - a request id (`x-request-id`, on the request for the logs and on the response);
 * - a Content-Security-Policy with a fresh nonce, put on the request too, where Next finds it
 *   and adds the nonce to its own scripts;
 * - its page view recorded for the site statistics (lib/stats), crawlers included, without the
 *   page ever waiting: hits go to a buffer written every second, and `event.waitUntil` makes
 *   `next start` finish that write on shutdown;
 * - for an anonymous reader's full page load, the page from the page cache (lib/page-cache):
 *   rendered once, kept until an editor's change drops it, and served with this response's
 *   nonce in place of the placeholder it was rendered with.
 *
 * Sessions and roles are not checked here: pages, server actions and route handlers do that.
 */
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const requestId = requestIdOf(request.headers);
  // The cache's own render of a page: anonymous, with the placeholder nonce, and not a page view.
  const fill = isPageCacheFill(request.headers);
  const searchLimited = fill ? null : await limitSearchRequest(request);
  if (searchLimited) return searchLimited;
  const nonce = fill ? pageCacheFillNonce() : newNonce();
  const policy = contentSecurityPolicy(nonce);
  const newVisitor = fill ? null : recordPageView(request, event);

  const cached = fill ? null : await cachedPage({ ...pick(request.nextUrl), method: request.method, headers: request.headers });
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

function pick({ pathname, search, searchParams }: NextRequest["nextUrl"]) {
  return { pathname, search, searchParams };
}

function cachedResponse(answer: CachedAnswer, nonce: string): NextResponse {
  const headers = new Headers({
    "Content-Type": "text/html; charset=utf-8",
    // The HTML carries this response's nonce: no shared cache may keep it.
    "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate",
    "X-Page-Cache": answer.cache,
  });
  return new NextResponse(withNonce(answer.pieces, nonce) as Uint8Array<ArrayBuffer>, { status: answer.status, headers });
}

/** Records the page view, if this is one; returns the visitor id to give a new visitor. */
function recordPageView(request: NextRequest, event: NextFetchEvent): string | null {
  try {
    const { pathname, searchParams } = request.nextUrl;
    if (!isPageViewRequest({ method: request.method, pathname, searchParams, headers: request.headers })) return null;
    const userAgent = request.headers.get("user-agent") ?? "";
    const botName = detectBot(userAgent);
    const cookieId = request.cookies.get(VISITOR_COOKIE)?.value;
    // Crawlers keep no cookies: they are keyed by name, so one crawler is one bot "online".
    const newId = botName || isVisitorId(cookieId) ? null : newVisitorId();
    if (newId) request.cookies.set(VISITOR_COOKIE, newId); // the page rendering now sees it too
    event.waitUntil(
      recordHit({
        at: new Date(),
        visitorKey: botName ? botVisitorKey(botName) : (newId ?? cookieId!),
        botName,
        path: pathname,
        userAgent,
        referrerHost: externalReferrerHost(request.headers.get("referer"), request.headers.get("host")),
      }),
    );
    return newId;
  } catch (error) {
    logger.error("statistics proxy failed", { error });
    return null;
  }
}

// Static files and Next's own requests never reach the proxy, nor do route handlers (they
// answer JSON and files, and generate their own request id when the logs need one).
export const config = {
  matcher: ["/((?!_next/|api/|.*\\.[a-zA-Z0-9]+$).*)"],
};
