import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AuthorizationError } from "@/lib/auth/current-user";
import { isCrossSiteRequest } from "./same-origin";

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

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof ApiError) {
    return NextResponse.json({ error: error.message }, { status: error.status, headers: error.headers });
  }
  if (error instanceof AuthorizationError) {
    return NextResponse.json({ error: error.message }, { status: error.status });
  }
  if (error instanceof ZodError) {
    return NextResponse.json({ error: error.issues[0]?.message || INVALID_INPUT }, { status: 400 });
  }
  console.error(JSON.stringify({ level: "error", msg: "route handler failed", error: String(error) }));
  return NextResponse.json({ error: SERVER_ERROR }, { status: 500 });
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Wraps a route handler so every failure becomes a JSON `{ error }` with the right status,
 * and every write from another site is refused (403) before the handler runs.
 */
export function handleRoute<Context>(
  handler: (request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    try {
      if (!SAFE_METHODS.has(request.method) && isCrossSiteRequest(request.headers)) {
        throw new ApiError(403, "Yêu cầu không xuất phát từ cổng thông tin nên bị từ chối.");
      }
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Reads a JSON body; a body that is not JSON is a 400, one over `maxBytes` a 413. */
export async function readJsonBody(request: Request, maxBytes = 16_384): Promise<unknown> {
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new ApiError(413, "Nội dung gửi lên quá lớn.");
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, INVALID_INPUT);
  }
}

/** Route ids such as /api/articles/{id}: a positive integer, otherwise 404. */
export function parseRouteId(value: string, notFoundMessage = "Không tìm thấy nội dung yêu cầu."): number {
  if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > 2_147_483_647) throw new ApiError(404, notFoundMessage);
  return Number(value);
}
