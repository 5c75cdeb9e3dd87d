import { retryAfterSeconds } from "@/lib/rate-limit/rate-limit";
import { SIGN_IN_LIMITED_MESSAGE, signInLimits } from "@/lib/rate-limit/sign-in-limits";
import { clientIp, hashIp } from "@/lib/visitors/client-ip";
import { SIGN_IN_PATH } from "./route-errors";

/**
 * For the next-auth route: a credentials sign-in POST counted per address, answered 429 with
 * Retry-After once spent. The body is what next-auth's client `signIn()` reads (a `url` whose
 * `error` parameter is the message), so the form shows the message as it shows a wrong password.
 */
export async function refuseSpentSignIn(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  if (request.method !== "POST" || !url.pathname.endsWith("/callback/credentials")) return null;
  const seconds = await retryAfterSeconds(signInLimits(hashIp(clientIp(request.headers))));
  if (seconds === null) return null;
  const errorUrl = new URL(SIGN_IN_PATH, url);
  errorUrl.searchParams.set("error", SIGN_IN_LIMITED_MESSAGE);
  return Response.json(
    { url: errorUrl.toString(), error: SIGN_IN_LIMITED_MESSAGE },
    { status: 429, headers: { "Retry-After": String(seconds), "Cache-Control": "no-store" } },
  );
}
