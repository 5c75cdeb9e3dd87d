import { ForbiddenError } from "@/lib/errors/domain-error";
import { log } from "@/lib/observability/logger";
import { visitorCookieFor } from "@/lib/visitors/identify-reader";
import { requestIdOf } from "./request-id";
import { refusalResponse, serverErrorResponse, signInRedirect } from "./route-errors";
import { CROSS_SITE_REFUSAL, isCrossSiteWrite } from "./same-origin";

/**
 * Wraps a route handler so every failure becomes a JSON `{ error }` with the right status,
 * every write from another site is refused (403) before the handler runs, a browser's page that
 * needs an account goes to the sign-in page (303), and every outcome
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
        throw new ForbiddenError(CROSS_SITE_REFUSAL);
      }
      response = await handler(request, context);
    } catch (error) {
      const refusal = signInRedirect(request, error) ?? refusalResponse(error);
      if (!refusal) unexpected = error;
      response = refusal ?? serverErrorResponse(requestId);
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
