import { ZodError } from "zod";
import { DomainError, type DomainErrorKind, INVALID_INPUT, TooManyRequestsError, UnauthenticatedError } from "@/lib/errors/domain-error";

/** The HTTP status a route handler answers for each kind of domain refusal. */
export const STATUS_OF_KIND: Record<DomainErrorKind, 400 | 401 | 403 | 404 | 409 | 413 | 429> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "too-large": 413,
  "too-many": 429,
};

const SERVER_ERROR = "Hệ thống đang bận, vui lòng thử lại sau.";

/**
 * The answer to a known failure, a domain refusal or a validation error, as `{ error }` with its
 * status; null for anything else, which is a bug. Retry-After is the only header a refusal
 * carries: a limit says when trying again can succeed, and the client should be told.
 */
export function refusalResponse(error: unknown): Response | null {
  if (error instanceof DomainError) {
    const headers = error instanceof TooManyRequestsError ? { "Retry-After": String(error.retryAfterSeconds) } : undefined;
    return Response.json({ error: error.message }, { status: STATUS_OF_KIND[error.kind], headers });
  }
  if (error instanceof ZodError) {
    return Response.json({ error: error.issues[0]?.message || INVALID_INPUT }, { status: 400 });
  }
  return null;
}

export const SIGN_IN_PATH = "/dang-nhap";

/**
 * A page a browser opened that needs an account (a signed-in-only file, say): the sign-in page,
 * coming back to where the refusal says, or to the address itself. Scripts get the 401.
 */
export function signInRedirect(request: Request, error: unknown): Response | null {
  if (!(error instanceof UnauthenticatedError) || request.method !== "GET") return null;
  if (!request.headers.get("accept")?.includes("text/html")) return null;
  const url = new URL(request.url);
  const callbackUrl = encodeURIComponent(error.returnPath ?? `${url.pathname}${url.search}`);
  return new Response(null, { status: 303, headers: { Location: `${SIGN_IN_PATH}?callbackUrl=${callbackUrl}` } });
}

/**
 * An unexpected failure: a generic Vietnamese message with the request id, so a reader can
 * quote it and the log line (which alone holds the error and its stack) can be found.
 */
export function serverErrorResponse(requestId: string): Response {
  return Response.json({ error: `${SERVER_ERROR} Mã yêu cầu: ${requestId}.`, requestId }, { status: 500 });
}
