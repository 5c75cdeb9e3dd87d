import type { Reader } from "@/lib/visitors/identify-reader";
import type { RateLimitRule } from "./rate-limit";

// Limits on readers' writes. A visitor is a browser (cookie); an address may be a whole
// office behind NAT, so per-address limits are sized for a few hundred people reading and
// reacting to the same circular at once, while still stopping a cookie-less script.
const MINUTE = 60_000;
const WINDOW = 10 * MINUTE;

export function viewLimits(articleId: number, { visitorId, ipHash }: Reader): RateLimitRule[] {
  return [
    { key: `view:v:${visitorId}`, limit: 120, windowMs: WINDOW },
    { key: `view:ip:${ipHash}:${articleId}`, limit: 1_000, windowMs: WINDOW },
  ];
}

/** As viewLimits, on a document's page. */
export function documentViewLimits(documentId: number, { visitorId, ipHash }: Reader): RateLimitRule[] {
  return [
    { key: `document-view:v:${visitorId}`, limit: 120, windowMs: WINDOW },
    { key: `document-view:ip:${ipHash}:${documentId}`, limit: 1_000, windowMs: WINDOW },
  ];
}

export function ratingLimits(articleId: number, { visitorId, ipHash }: Reader): RateLimitRule[] {
  return [
    { key: `rating:v:${visitorId}`, limit: 30, windowMs: WINDOW },
    { key: `rating:ip:${ipHash}:${articleId}`, limit: 500, windowMs: WINDOW },
  ];
}

/** Writing a comment takes a person minutes; five in ten minutes on one article is already a lot. */
export function commentLimits(articleId: number, { visitorId, ipHash }: Reader): RateLimitRule[] {
  return [
    { key: `comment:v:${visitorId}:${articleId}`, limit: 5, windowMs: WINDOW },
    { key: `comment:ip:${ipHash}:${articleId}`, limit: 40, windowMs: WINDOW },
  ];
}

export function reactionLimits({ visitorId, ipHash }: Reader): RateLimitRule[] {
  return [
    { key: `reaction:v:${visitorId}`, limit: 60, windowMs: WINDOW },
    { key: `reaction:ip:${ipHash}`, limit: 1_000, windowMs: WINDOW },
  ];
}

/**
 * Document file requests, ranged pieces and inline previews included: a PDF viewer fetches a
 * file in a handful of pieces, so a reader stays far below these while a scraper is stopped.
 */
export function downloadLimits({ visitorId, ipHash }: Reader): RateLimitRule[] {
  return [
    { key: `download:v:${visitorId}`, limit: 300, windowMs: WINDOW },
    { key: `download:ip:${ipHash}`, limit: 5_000, windowMs: WINDOW },
  ];
}
