import { logger } from "@/lib/observability/logger";
import { detectBot } from "@/lib/visitors/bot-detection";
import { newVisitorId, visitorIdInCookieHeader } from "@/lib/visitors/visitor-id";
import { recordHit } from "./hit-buffer";
import { botVisitorKey } from "./page-hit";
import { isPageViewRequest, type RequestLike } from "./page-view-request";
import { externalReferrerHost } from "./referrer-host";

/**
 * Records the request as a page view, if it is one, without the page waiting: the hit goes to
 * the buffer written every second. Returns the visitor id to give a browser that has none
 * (crawlers keep no cookies: they are keyed by name, so one crawler is one bot "online").
 */
export function recordPageView(request: RequestLike): string | null {
  try {
    if (!isPageViewRequest(request)) return null;
    const userAgent = request.headers.get("user-agent") ?? "";
    const botName = detectBot(userAgent);
    const cookieId = visitorIdInCookieHeader(request.headers.get("cookie"));
    const newId = botName || cookieId ? null : newVisitorId();
    recordHit({
      at: new Date(),
      visitorKey: botName ? botVisitorKey(botName) : (newId ?? cookieId!),
      botName,
      path: request.pathname,
      userAgent,
      referrerHost: externalReferrerHost(request.headers.get("referer"), request.headers.get("host")),
    });
    return newId;
  } catch (error) {
    logger.error("statistics recording failed", { error });
    return null;
  }
}
