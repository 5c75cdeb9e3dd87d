import { type RateLimitRule } from "./rate-limit";

// Each search is a full-text query: cheap for a person, costly for a script. A person reading
// results pages through a few dozen in five minutes; an office of a few hundred people behind
// one address stays far below the per-address limit.
const WINDOW = 5 * 60_000;

export function searchLimits(ipHash: string, visitorId: string | null): RateLimitRule[] {
  return [
    ...(visitorId ? [{ key: `search:v:${visitorId}`, limit: 60, windowMs: WINDOW }] : []),
    { key: `search:ip:${ipHash}`, limit: 2_000, windowMs: WINDOW },
  ];
}

export const SEARCH_LIMITED_MESSAGE = "Bạn tìm kiếm quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ít phút.";
