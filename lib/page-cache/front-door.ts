import type { IncomingHttpHeaders } from "node:http";
import { Readable } from "node:stream";
import { ARTICLE_VIEW_PATH, countArticleView } from "@/lib/article-views/view-route";
import { ARTICLE_RATING_PATH, rateArticleRoute } from "@/lib/ratings/rating-route";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";
import { requestIdOf } from "@/lib/http/request-id";
import { securityHeaders } from "@/lib/http/security-headers.cjs";
import { logger } from "@/lib/observability/logger";
import { limitSearchRequest } from "@/lib/rate-limit/search-limits";
import { flushHits } from "@/lib/stats/hit-buffer";
import { recordPageView } from "@/lib/stats/record-page-view";
import { getSiteCounters, SITE_COUNTERS_CACHE_CONTROL } from "@/lib/stats/site-counters";
import { visitorSetCookieHeader } from "@/lib/visitors/visitor-id";
import { acceptsGzip, gzipWithNonce, withNonce } from "./page-body";
import { cachedPageHeaders, cachedPageHit } from "./page-cache";

// The server (scripts/serve.mjs) has already settled X-Forwarded-For from the socket. The
// request is Node's own, whose body is read as it arrives (only by the routes that take one).
export type FrontDoorRequest = { method?: string; url?: string; headers: IncomingHttpHeaders } & Partial<AsyncIterable<Uint8Array>>;
/** The body comes as chunks, written one after another without being joined first. */
export type FrontDoorAnswer = { status: number; headers: Record<string, string | string[]>; body: Buffer[] };
export type FrontDoor = {
  /** The answer to a request the door can give from memory, or null: Next handles it as usual. */
  answer(request: FrontDoorRequest): Promise<FrontDoorAnswer | null>;
  /** Writes what is still buffered (page views) before the server exits. */
  drain(): Promise<void>;
};

const FRONT_DOOR = Symbol.for("portal.front-door");
/** Served by app/api/stats/route.ts under `next start`; the door gives the same figures. */
const SITE_COUNTERS_PATH = "/api/stats";

/**
 * Next's request pipeline costs about a millisecond of CPU per request even when the proxy
 * answers from the page cache, which caps a 2-core server far below the page budget. The
 * portal's server (scripts/serve.mjs) asks this door first. It answers three things:
 * - a page the cache already holds, with everything the proxy would have done (search limit,
 *   page view, fresh nonce and policy, request id, security headers);
 * - the statistics figures of GET /api/stats, which are themselves kept for a few seconds;
 * - POST /api/articles/{id}/views and /rating, the busiest writes, by calling their route
 *   handlers themselves (which need nothing of Next's request scope) and adding the headers
 *   Next would add. A handler answers every failure itself, so a body it has begun to read is
 *   never handed on to Next half-read.
 * Anything else (a miss, staff, an RSC request, a write) goes to Next untouched, and the proxy
 * and route handlers handle it there. Installed from instrumentation.ts so it shares the
 * bundled modules, and their state on globalThis, with the proxy, pages and route handlers.
 */
export function installFrontDoor(): void {
  const door: FrontDoor = { answer: answerAtFrontDoor, drain: flushHits };
  (globalThis as typeof globalThis & { [FRONT_DOOR]?: FrontDoor })[FRONT_DOOR] = door;
}

export async function answerAtFrontDoor(incomingRequest: FrontDoorRequest): Promise<FrontDoorAnswer | null> {
  const { method = "GET", url = "/", headers: incoming } = incomingRequest;
  if (method !== "GET" && method !== "POST") return null;
  try {
    const headers = toHeaders(incoming);
    const parsed = new URL(url, `http://${headers.get("host") ?? "front-door.invalid"}`);
    if (method === "POST") {
      const view = ARTICLE_VIEW_PATH.exec(parsed.pathname);
      if (view) {
        return await routeAnswer(await countArticleView(new Request(parsed, { method, headers }), { params: Promise.resolve({ id: view[1] }) }));
      }
      const rating = ARTICLE_RATING_PATH.exec(parsed.pathname);
      if (!rating) return null;
      const streamed = incomingRequest[Symbol.asyncIterator] ? (incomingRequest as AsyncIterable<Uint8Array>) : null;
      const body = streamed ? (Readable.toWeb(Readable.from(streamed)) as ReadableStream<Uint8Array>) : null;
      const routed = new Request(parsed, { method, headers, body, duplex: "half" } as RequestInit);
      return await routeAnswer(await rateArticleRoute(routed, { params: Promise.resolve({ id: rating[1] }) }));
    }
    if (parsed.pathname === SITE_COUNTERS_PATH) return await siteCountersAnswer(headers);
    const request = { method, pathname: parsed.pathname, search: parsed.search, searchParams: parsed.searchParams, headers };
    const page = await cachedPageHit(request);
    if (!page) return null;

    const limited = await limitSearchRequest({ method, url: parsed.href, headers });
    if (limited) {
      return {
        status: limited.status,
        headers: { ...pageHeaders(headers), ...Object.fromEntries(limited.headers) },
        body: [Buffer.from(await limited.arrayBuffer())],
      };
    }
    const nonce = newNonce();
    const newVisitor = recordPageView(request, () => {});
    // Next compresses what it answers; so does the door, without compressing the page each time.
    const gzip = acceptsGzip(headers.get("accept-encoding"));
    const body = gzip ? gzipWithNonce(page.pieces, nonce) : withNonce(page.pieces, nonce);
    return {
      status: page.status,
      headers: {
        ...pageHeaders(headers),
        ...cachedPageHeaders(page),
        "Content-Security-Policy": contentSecurityPolicy(nonce),
        "Content-Length": String(body.reduce((sum, chunk) => sum + chunk.length, 0)),
        Vary: "Accept-Encoding",
        ...(gzip ? { "Content-Encoding": "gzip" } : {}),
        ...(newVisitor ? { "Set-Cookie": visitorSetCookieHeader(newVisitor) } : {}),
      },
      body,
    };
  } catch (error) {
    logger.error("front door failed, request passed to Next", { error });
    return null;
  }
}

async function siteCountersAnswer(headers: Headers): Promise<FrontDoorAnswer> {
  const body = Buffer.from(JSON.stringify(await getSiteCounters()));
  return {
    status: 200,
    headers: {
      ...pageHeaders(headers),
      "Content-Type": "application/json",
      "Cache-Control": SITE_COUNTERS_CACHE_CONTROL,
      "Content-Length": String(body.length),
    },
    body: [body],
  };
}

/** A route handler's answer as Next sends it: its own headers and cookies, and next.config.js's. */
async function routeAnswer(response: Response): Promise<FrontDoorAnswer> {
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string | string[]> = { ...nextConfigHeaders() };
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  headers["content-length"] = String(body.length);
  return { status: response.status, headers, body: [body] };
}

// What next.config.js adds to every answer but document files, computed once as Next does
// when it loads its config.
let fixedHeaders: Record<string, string> | undefined;

function nextConfigHeaders(): Record<string, string> {
  return (fixedHeaders ??= Object.fromEntries([
    ["X-Frame-Options", "DENY"],
    ...securityHeaders({ https: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false }).map(({ key, value }) => [key, value]),
  ]));
}

/** What a page gets besides its own: next.config.js headers and the request id the proxy sets. */
function pageHeaders(headers: Headers): Record<string, string> {
  return { "X-Request-Id": requestIdOf(headers), ...nextConfigHeaders() };
}

function toHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || name.startsWith(":")) continue;
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}
