import { retryAfterSeconds } from "@/lib/rate-limit/rate-limit";
import { SEARCH_LIMITED_MESSAGE, searchLimits } from "@/lib/rate-limit/search-limits";
import { clientIp, hashIp } from "@/lib/visitors/client-ip";
import { visitorIdInCookieHeader } from "@/lib/visitors/visitor-id";

const SEARCH_PATH = "/tim-kiem";

type SearchRequest = { method: string; url: string; headers: Headers };

/**
 * A search (GET /tim-kiem with a query, a page or its RSC payload; never a prefetch) counted
 * against the search limits, answered 429 with Retry-After when they are spent. Anything else, or
 * a search within the limits, is null: the page renders as usual.
 */
export async function refuseSpentSearch(request: SearchRequest): Promise<Response | null> {
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
