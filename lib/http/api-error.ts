import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { DomainError, TooManyRequestsError } from "@/lib/errors/domain-error";
import { log } from "@/lib/observability/logger";
import { visitorCookieFor } from "@/lib/visitors/identify-reader";
import { requestIdOf } from "./request-id";
import { STATUS_OF_KIND } from "./route-errors";
import { CROSS_SITE_REFUSAL, isCrossSiteWrite } from "./same-origin";

/**
 * An error a route handler answers with: a status and a Vietnamese message the page can
 * show as it is. Anything else thrown becomes a 500 with a generic message; the details
 * go to the server log, never to the client.
 */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const INVALID_INPUT = "Dữ liệu gửi lên không hợp lệ.";
const SERVER_ERROR = "Hệ thống đang bận, vui lòng thử lại sau.";

/** The answer to a known failure (ApiError, a domain refusal, validation), or null for an unexpected one. */
function knownErrorResponse(error: unknown): NextResponse | null {
  if (error instanceof ApiError) {
    return NextResponse.json({ error: error.message }, { status: error.status, headers: error.headers });
  }
  if (error instanceof DomainError) {
    const headers = error instanceof TooManyRequestsError ? { "Retry-After": String(error.retryAfterSeconds) } : undefined;
    return NextResponse.json({ error: error.message }, { status: STATUS_OF_KIND[error.kind], headers });
  }
  if (error instanceof ZodError) {
    return NextResponse.json({ error: error.issues[0]?.message || INVALID_INPUT }, { status: 400 });
  }
  return null;
}

/**
 * An unexpected failure: a generic Vietnamese message with the request id, so a reader can
 * quote it and the log line (which alone holds the error and its stack) can be found.
 */
function serverErrorResponse(requestId: string): NextResponse {
  return NextResponse.json({ error: `${SERVER_ERROR} Mã yêu cầu: ${requestId}.`, requestId }, { status: 500 });
}

/**
 * Wraps a route handler so every failure becomes a JSON `{ error }` with the right status,
 * every write from another site is refused (403) before the handler runs, and every outcome
 * is logged as one JSON line with the request id the public pipeline set (lib/observability/logger.ts).
 * A browser given a visitor id while the request was handled gets its cookie with the answer,
 * a refusal included, so its next request is recognised.
 */
export function handleRoute<Context>(
  handler: (request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    const started = performance.now();
    const requestId = requestIdOf(request.headers);
    let response: Response;
    let unexpected: unknown = undefined;
    try {
      if (isCrossSiteWrite(request.method, request.headers)) {
        throw new ApiError(403, CROSS_SITE_REFUSAL);
      }
      response = await handler(request, context);
    } catch (error) {
      const known = knownErrorResponse(error);
      if (!known) unexpected = error;
      response = known ?? serverErrorResponse(requestId);
    }
    const visitorCookie = visitorCookieFor(request);
    if (visitorCookie) response.headers.append("Set-Cookie", visitorCookie);
    const { status } = response;
    log(status >= 500 ? "error" : status >= 400 ? "warn" : "info", unexpected ? "route handler failed" : "route handled", {
      requestId,
      method: request.method,
      route: new URL(request.url).pathname,
      status,
      durationMs: Math.round(performance.now() - started),
      error: unexpected,
    });
    return response;
  };
}

const TOO_LARGE = "Nội dung gửi lên quá lớn.";
/** What a multipart body holds besides its file: boundaries, part headers, a few short fields. */
export const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * Reads a JSON body within `maxBytes`, enforced before reading (a declared Content-Length)
 * and while reading (the stream is cancelled at the first byte past the limit), so a huge
 * body costs no more memory than the limit: 413. A body that is not UTF-8 JSON, or holds a
 * string no database can store (a lone UTF-16 surrogate, sent as an escape), or nests deeper
 * than any form does (which would exhaust the checker's stack), is a 400.
 */
export async function readJsonBody(request: Request, maxBytes = 16_384): Promise<unknown> {
  const bytes = await readBoundedBody(request, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new ApiError(400, INVALID_INPUT);
  }
  if (!wellFormedStrings(value)) throw new ApiError(400, INVALID_INPUT);
  return value;
}

/**
 * Reads a multipart form within `maxBytes`, with the same two checks as readJsonBody: a
 * declared Content-Length over the limit is refused before reading, and a body sent without
 * one (chunked) is cut off at the first byte past it: 413 with `tooLarge`. Anything that is not
 * a well-formed multipart body is a 400.
 */
export async function readFormBody(request: Request, maxBytes: number, tooLarge = TOO_LARGE): Promise<FormData> {
  const bytes = await readBoundedBody(request, maxBytes, tooLarge);
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) throw new ApiError(400, MULTIPART_EXPECTED);
  try {
    return await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new ApiError(400, MULTIPART_EXPECTED);
  }
}

const MULTIPART_EXPECTED = "Cần gửi tệp dưới dạng biểu mẫu (multipart/form-data).";

/**
 * A body's bytes, at most `maxBytes`: a declared Content-Length over the limit is refused
 * before reading, and a body sent without one (chunked) is cut off at the first byte past it.
 */
export async function readBoundedBody(request: Request, maxBytes: number, tooLarge = TOO_LARGE): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new ApiError(413, tooLarge);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ApiError(413, tooLarge);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

// Deeper than any form the portal has; a deeper body is an attack on the checker's stack.
const MAX_JSON_DEPTH = 32;

/** Every string and key well-formed UTF-16, and no nesting deeper than MAX_JSON_DEPTH. */
function wellFormedStrings(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.isWellFormed();
  if (!value || typeof value !== "object") return true;
  if (depth >= MAX_JSON_DEPTH) return false;
  if (Array.isArray(value)) return value.every((item) => wellFormedStrings(item, depth + 1));
  return Object.entries(value).every(([key, inner]) => key.isWellFormed() && wellFormedStrings(inner, depth + 1));
}

/** Route ids such as /api/articles/{id}: a positive integer, otherwise 404. */
export function parseRouteId(value: string, notFoundMessage = "Không tìm thấy nội dung yêu cầu."): number {
  if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > 2_147_483_647) throw new ApiError(404, notFoundMessage);
  return Number(value);
}
