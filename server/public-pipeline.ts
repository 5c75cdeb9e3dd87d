import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { inject } from "light-my-request";
import * as articleRating from "@/app/api/articles/[id]/rating/route";
import * as articleViews from "@/app/api/articles/[id]/views/route";
import * as siteCounters from "@/app/api/stats/route";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";
import { requestIdOf } from "@/lib/http/request-id";
import { CROSS_SITE_REFUSAL, isCrossSiteWrite } from "@/lib/http/same-origin";
import { securityHeaders } from "@/lib/http/security-headers";
import { logger } from "@/lib/observability/logger";
import { acceptsGzip, gzipWithNonce, withNonce } from "@/lib/page-cache/page-body";
import { cachedPage, cachedPageHeaders, type CachedAnswer, type PageRenderer } from "@/lib/page-cache/page-cache";
import { answerInTurns } from "./answer-in-turns";
import { refuseSpentSearch } from "./search-refusal";
import { siteUrl } from "@/lib/seo/site-url";
import { flushHits } from "@/lib/stats/hit-buffer";
import { recordPageView } from "@/lib/stats/record-page-view";
import { visitorSetCookieHeader } from "@/lib/visitors/visitor-id";

/** Next's own request handler (`app.getRequestHandler()`), which answers what the pipeline leaves to it. */
export type NextHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;
export type PublicPipeline = {
  /** Answers one request: from the pipeline itself, or by handing it, prepared, to Next. */
  handle(request: IncomingMessage, response: ServerResponse): void;
  /** Writes what is still buffered (page views) before the server exits. */
  drain(): Promise<void>;
};

type RouteHandler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
/**
 * The busiest route handlers, run here with a web Request and without Next's request pipeline:
 * they need nothing of Next's request scope. Each stays the one implementation of its route, in
 * app/api, where Next also finds it. The path's one parameter, if any, is `id`.
 */
const DIRECT_ROUTES: { method: string; path: RegExp; handler: RouteHandler }[] = [
  { method: "POST", path: /^\/api\/articles\/([^/]+)\/views$/, handler: articleViews.POST },
  { method: "POST", path: /^\/api\/articles\/([^/]+)\/rating$/, handler: articleRating.POST },
  { method: "GET", path: /^\/api\/stats$/, handler: siteCounters.GET },
];

// Pages are everything but Next's own files, route handlers and files with an extension.
const NOT_A_PAGE = /^\/(?:_next|api)\/|\.[a-zA-Z0-9]+$/;
const BAD_ADDRESS = "Địa chỉ yêu cầu không hợp lệ.";
const TOO_LARGE = "Nội dung gửi lên quá lớn.";
const SERVER_BUSY = "Hệ thống đang bận, vui lòng thử lại sau.";
// A write to a page is a server action, whose body Next reads up to 1 MB (serverActions.bodySizeLimit).
const PAGE_WRITE_MAX_BYTES = 1024 * 1024;
// The time a turn of the event loop spends answering before its timers and I/O get theirs: a
// cached page takes about a fifth of a millisecond, the budget for any hold-up is 20 ms.
const ANSWERING_SLICE_MS = 8;

const PIPELINE = Symbol.for("portal.public-pipeline");
type PipelineFactory = (next: NextHandler) => PublicPipeline;

/** Puts the pipeline's factory where the portal's server (scripts/serve.mjs) finds it once Next is prepared. */
export function installPublicPipeline(): void {
  (globalThis as typeof globalThis & { [PIPELINE]?: PipelineFactory })[PIPELINE] = createPublicPipeline;
}

/**
 * The one pipeline every request to the portal passes through, in the server's process, before
 * Next sees it (scripts/serve.mjs calls it for every request; nothing else does). In order:
 * - X-Forwarded-For settled from the socket (unless TRUST_PROXY), so no forged header picks an
 *   address for the per-address limits;
 * - a request id (`x-request-id`, on the request for the logs and on the answer) and the security
 *   headers on every answer;
 * - an address that is not valid percent-encoding, or a page write of more than 1 MB (declared, or
 *   counted as it streams when sent without a length):
 *   refused in Vietnamese before Next;
 * - the busiest routes (DIRECT_ROUTES), answered by their own handlers;
 * - for a page: a write from anywhere but the public address, a 403 (lib/http/same-origin.ts; Next's
 *   own check believes X-Forwarded-Host); a search past its limit, a 429; a fresh nonce and
 *   Content-Security-Policy, on the request where Next finds it for its scripts and on the answer;
 *   the page view recorded (a new browser's visitor cookie set on the request, so the page sees
 *   it, and on the answer); and an anonymous reader's full page load answered from the page cache,
 *   rendered by Next in-process on a miss (one render however many readers wait for it).
 * Everything else goes to Next with these headers already on its answer. Requests are taken in
 * turns (answer-in-turns.ts): at most ANSWERING_SLICE_MS of answering per turn of the event loop.
 */
export function createPublicPipeline(next: NextHandler): PublicPipeline {
  const renderPage = inProcessRenderer(next);
  const turns = answerInTurns(ANSWERING_SLICE_MS);
  const trustedProxy = !["", "0", "false"].includes((process.env.TRUST_PROXY ?? "").trim().toLowerCase());

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    settleForwardedFor(request, trustedProxy);
    const headers = toHeaders(request);
    const requestId = requestIdOf(headers);
    request.headers["x-request-id"] = requestId;
    headers.set("x-request-id", requestId);
    const url = request.url ?? "/";
    const method = request.method ?? "GET";
    const parsed = parsedAddress(url);
    const pathname = parsed?.pathname ?? "/";
    for (const [name, value] of Object.entries(securityHeaders(pathname))) response.setHeader(name, value);
    response.setHeader("X-Request-Id", requestId);

    if (!parsed) return refuse(request, response, 400, BAD_ADDRESS);
    if (pageWriteTooLarge(method, pathname, headers)) return refuse(request, response, 413, TOO_LARGE);
    for (const route of DIRECT_ROUTES) {
      const match = route.method === method ? route.path.exec(pathname) : null;
      if (match) return sendWebResponse(response, await route.handler(webRequest(request, parsed, headers), { params: Promise.resolve({ id: match[1] ?? "" }) }));
    }
    if (NOT_A_PAGE.test(pathname)) return next(request, response);

    if (isCrossSiteWrite(method, headers)) {
      request.resume();
      return sendWebResponse(response, Response.json({ error: CROSS_SITE_REFUSAL }, { status: 403 }));
    }
    const limited = await refuseSpentSearch({ method, url: parsed.href, headers });
    if (limited) return sendWebResponse(response, limited);
    const nonce = newNonce();
    const policy = contentSecurityPolicy(nonce);
    request.headers["content-security-policy"] = policy;
    request.headers["x-nonce"] = nonce; // for the one inline script of our own (app/layout.tsx)
    response.setHeader("Content-Security-Policy", policy);
    const page = { method, pathname, search: parsed.search, searchParams: parsed.searchParams, headers };
    const newVisitor = recordPageView(page);
    if (newVisitor) {
      const visitorCookie = visitorSetCookieHeader(newVisitor);
      request.headers.cookie = [request.headers.cookie, visitorCookie.split(";")[0]].filter(Boolean).join("; ");
      response.setHeader("Set-Cookie", visitorCookie);
    }
    if (method === "POST" && !headers.has("content-length")) return relayStreamedPageWrite(next, request, response);
    const cached = await cachedPage(page, renderPage);
    if (!cached) return next(request, response);
    sendCachedPage(response, cached, nonce, acceptsGzip(headers.get("accept-encoding")));
  }

  return {
    handle(request, response) {
      turns.take(() =>
        answer(request, response).catch((error: unknown) => {
          logger.error("public pipeline failed", { error, requestId: requestIdSet(request) });
          if (!response.headersSent) refuse(request, response, 500, SERVER_BUSY);
          else response.destroy();
        }),
      );
    },
    drain: flushHits,
  };
}

/**
 * The cache's render of a page: Next's own handler called in this process with a request that has
 * no socket behind it (light-my-request), as an anonymous reader with the placeholder nonce. It
 * never passes through the pipeline, so it is no page view and gets no limit, whatever address
 * the server listens on.
 */
function inProcessRenderer(next: NextHandler): PageRenderer {
  return async (key, placeholderNonce) => {
    const answer = await inject(next, {
      method: "GET",
      url: key,
      headers: {
        host: siteUrl().host,
        accept: "text/html",
        "x-request-id": crypto.randomUUID(),
        "content-security-policy": contentSecurityPolicy(placeholderNonce),
        "x-nonce": placeholderNonce,
      },
    });
    const contentType = answer.headers["content-type"];
    return {
      status: answer.statusCode,
      contentType: typeof contentType === "string" ? contentType : null,
      setsCookie: answer.headers["set-cookie"] !== undefined,
      html: answer.payload,
    };
  };
}

/**
 * A page write (a server action) sent without a length: Next would stop it at its 1 MB limit while
 * it streams, with a bare 500. Read here within that limit (a 413 in Vietnamese past it, or the
 * connection closed while the client is still sending), it goes to Next whole, with its length.
 */
async function relayStreamedPageWrite(next: NextHandler, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const body = await bodyWithin(request, PAGE_WRITE_MAX_BYTES);
  if (!body) return refuse(request, response, 413, TOO_LARGE);
  const { "transfer-encoding": _chunked, ...forwarded } = request.headers;
  const answer = await inject(next, {
    method: "POST",
    url: request.url ?? "/",
    headers: { ...forwarded, "content-length": String(body.length) },
    payload: body,
    remoteAddress: request.socket.remoteAddress,
  });
  const { "transfer-encoding": _streamed, "content-length": _length, ...answerHeaders } = answer.headers;
  response.writeHead(answer.statusCode, { ...answerHeaders, "Content-Length": String(answer.rawPayload.length) });
  response.end(answer.rawPayload);
}

/**
 * The body as it arrives, or null once it passes `maxBytes`: then reading stops, with the rest left
 * for refuse() to drop unread into memory, so the client still gets its answer.
 */
function bodyWithin(request: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total <= maxBytes) return void chunks.push(chunk);
      request.off("data", onData).off("end", onEnd).pause();
      resolve(null);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    request.on("data", onData).once("end", onEnd).once("error", reject);
  });
}

/** Next compresses what it answers; so does the pipeline, without compressing the page each time. */
function sendCachedPage(response: ServerResponse, page: CachedAnswer, nonce: string, gzip: boolean): void {
  const body = gzip ? gzipWithNonce(page.pieces, nonce) : withNonce(page.pieces, nonce);
  response.writeHead(page.status, {
    ...cachedPageHeaders(page),
    "Content-Length": String(body.reduce((sum, chunk) => sum + chunk.length, 0)),
    Vary: "Accept-Encoding",
    ...(gzip ? { "Content-Encoding": "gzip" } : {}),
  });
  response.cork();
  for (const chunk of body) response.write(chunk);
  response.end();
}

async function sendWebResponse(response: ServerResponse, answer: Response): Promise<void> {
  const body = Buffer.from(await answer.arrayBuffer());
  answer.headers.forEach((value, name) => {
    if (name !== "set-cookie") response.setHeader(name, value);
  });
  const cookies = answer.headers.getSetCookie();
  if (cookies.length > 0) response.setHeader("Set-Cookie", cookies);
  response.setHeader("Content-Length", String(body.length));
  response.writeHead(answer.status);
  response.end(body);
}

/**
 * The pipeline's own refusals: a Vietnamese message (JSON for /api/ and for writes, a small page
 * otherwise), the headers every answer carries, and one log line. What the client is still sending
 * is read and dropped, and after a 413 the connection is closed.
 */
function refuse(request: IncomingMessage, response: ServerResponse, status: number, message: string): void {
  const json = (request.url ?? "/").startsWith("/api/") || request.method !== "GET";
  const body = json
    ? JSON.stringify({ error: message })
    : `<!doctype html><html lang="vi"><meta charset="utf-8"><title>${message}</title><h1>${message}</h1><p><a href="/">Về trang chủ</a></p></html>`;
  request.resume();
  response.writeHead(status, {
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Content-Type": json ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    ...(status === 413 ? { Connection: "close" } : {}),
  });
  response.end(body);
  logger.warn("request refused by the server", { requestId: requestIdSet(request), method: request.method, status });
}

/** The id the pipeline put on the request (always one string). */
function requestIdSet(request: IncomingMessage): string | undefined {
  const id = request.headers["x-request-id"];
  return typeof id === "string" ? id : undefined;
}

/**
 * Without a trusted proxy in front, nothing but the socket says where a request comes from: a
 * client's X-Forwarded-For is replaced by the socket's address. Behind one, the header it wrote
 * is kept (lib/visitors/client-ip.ts picks the entry TRUST_PROXY allows believing), and the
 * socket's address is written where there is none.
 */
function settleForwardedFor(request: IncomingMessage, trustedProxy: boolean): void {
  const socketAddress = request.socket.remoteAddress;
  if (!socketAddress) return void delete request.headers["x-forwarded-for"];
  if (!trustedProxy || !request.headers["x-forwarded-for"]) request.headers["x-forwarded-for"] = socketAddress;
}

/**
 * The request's address under the public one, or null when it is the client's mistake: not a
 * path, a path that is not valid percent-encoding (`/tin-tuc/%ff`, on which Next answers a bare
 * 500), or a NUL byte (`%00`, which PostgreSQL refuses).
 */
function parsedAddress(url: string): URL | null {
  if (!url.startsWith("/") || url.includes("%00")) return null;
  try {
    decodeURIComponent(url.split("?")[0]);
    return new URL(`${siteUrl().origin}${url}`);
  } catch {
    return null;
  }
}

// One that declares a bigger size is refused before a byte of it is read; one sent without a
// length is read within the limit by relayStreamedPageWrite. Route handlers (/api/) stream theirs
// within their own limits.
function pageWriteTooLarge(method: string, pathname: string, headers: Headers): boolean {
  if (method !== "POST" || pathname.startsWith("/api/")) return false;
  return Number(headers.get("content-length") ?? 0) > PAGE_WRITE_MAX_BYTES;
}

function toHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name.startsWith(":")) continue;
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

/** Node's request as the route handlers take it; a body is read as it arrives, only by a handler that takes one. */
function webRequest(request: IncomingMessage, url: URL, headers: Headers): Request {
  const method = request.method ?? "GET";
  const body = method === "GET" || method === "HEAD" ? null : (Readable.toWeb(request) as ReadableStream<Uint8Array>);
  return new Request(url, { method, headers, body, duplex: "half" } as RequestInit);
}
