import { clientIp, hashIp } from "@/lib/visitors/client-ip";
import { visitorIdInCookieHeader } from "@/lib/visitors/visitor-id";
import { retryAfterSeconds, type RateLimitRule } from "./rate-limit";

// Each search is a full-text query: cheap for a person, costly for a script. A person reading
// results pages through a few dozen in five minutes; an office of a few hundred people behind
// one address stays far below the per-address limit.
const WINDOW = 5 * 60_000;
export const SEARCH_PATH = "/tim-kiem";

export function searchLimits(ipHash: string, visitorId: string | null): RateLimitRule[] {
  return [
    ...(visitorId ? [{ key: `search:v:${visitorId}`, limit: 60, windowMs: WINDOW }] : []),
    { key: `search:ip:${ipHash}`, limit: 2_000, windowMs: WINDOW },
  ];
}

export const SEARCH_LIMITED_MESSAGE = "Bạn tìm kiếm quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ít phút.";

type SearchRequest = { method: string; url: string; headers: Headers };

/**
 * For the public pipeline: a search (GET /tim-kiem with a query, a page or its RSC payload; never a
 * prefetch) counted against the limits, answered 429 with Retry-After when they are spent.
 * Anything else, or a search within the limits, is null: the page renders as usual.
 */
export async function limitSearchRequest(request: SearchRequest): Promise<Response | null> {
  const url = new URL(request.url);
  if (request.method !== "GET" || url.pathname !== SEARCH_PATH || !url.searchParams.get("q")?.trim()) return null;
  if (request.headers.get("next-router-prefetch")) return null;
  const rules = searchLimits(hashIp(clientIp(request.headers)), visitorIdInCookieHeader(request.headers.get("cookie")));
  const seconds = await retryAfterSeconds(rules);
  if (seconds === null) return null;
  // A page of its own (no icon request, nothing to load): the portal's layout is not rendered.
  const body = `<!doctype html><html lang="vi"><meta charset="utf-8"><link rel="icon" href="data:,"><title>Tìm kiếm tạm dừng</title><p>${SEARCH_LIMITED_MESSAGE}</p></html>`;
  return new Response(body, {
    status: 429,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(seconds), "Cache-Control": "no-store" },
  });
}
