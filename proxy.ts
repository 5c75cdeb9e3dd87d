import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { limitSearchRequest } from "@/lib/rate-limit/search-limits";
import { recordHit } from "@/lib/stats/hit-buffer";
import { botVisitorKey } from "@/lib/stats/page-hit";
import { isPageViewRequest } from "@/lib/stats/page-view-request";
import { externalReferrerHost } from "@/lib/stats/referrer-host";
import { detectBot } from "@/lib/visitors/bot-detection";
import { isVisitorId, newVisitorId, VISITOR_COOKIE, visitorCookieOptions } from "@/lib/visitors/visitor-id";

/**
 * Site statistics: every public page request is recorded here, on the server, so crawlers that
 * run no script are counted too (as bots). Nothing else happens in the proxy: pages, server
 * actions and route handlers check sessions and roles themselves.
 *
 * Why here: in Next 16 the proxy runs in the server's own Node.js process (verified with
 * `next build && next start`), so it can use the Prisma client; a layout would not see
 * client-side navigations, which re-render only the page. `skipProxyUrlNormalize` (next.config.js)
 * lets it see the router's headers, without which a prefetch and a navigation look the same.
 *
 * The page never waits: the hit goes into an in-process buffer written every second
 * (lib/stats/hit-buffer.ts), and `event.waitUntil` makes `next start` finish that write on
 * shutdown. Any failure here is logged and the page is served as if the proxy did not exist.
 */
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  // Searches past their rate limit are refused before anything else (lib/rate-limit/search-limits.ts).
  const searchLimited = await limitSearchRequest(request);
  if (searchLimited) return searchLimited;
  try {
    const { pathname, searchParams } = request.nextUrl;
    if (!isPageViewRequest({ method: request.method, pathname, searchParams, headers: request.headers })) {
      return NextResponse.next();
    }
    return recordPageView(request, event);
  } catch (error) {
    console.error(JSON.stringify({ level: "error", msg: "statistics proxy failed", error: String(error) }));
    return NextResponse.next();
  }
}

function recordPageView(request: NextRequest, event: NextFetchEvent) {
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
      path: request.nextUrl.pathname,
      userAgent,
      referrerHost: externalReferrerHost(request.headers.get("referer"), request.headers.get("host")),
    }),
  );
  if (!newId) return NextResponse.next();
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(VISITOR_COOKIE, newId, visitorCookieOptions());
  return response;
}

// Static files and Next's own requests never reach the proxy; the rest is decided by
// isPageViewRequest (unit-tested), which also excludes /api and the editor area.
export const config = {
  matcher: ["/((?!_next/|api/|.*\\.[a-zA-Z0-9]+$).*)"],
};
