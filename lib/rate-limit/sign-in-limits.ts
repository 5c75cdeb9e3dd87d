import { clientIp, hashIp } from "@/lib/visitors/client-ip";
import { retryAfterSeconds, type RateLimitRule } from "./rate-limit";

// Sign-in attempts, on top of the per-account lockout (lib/auth/login-throttle.ts), which
// cannot see one address trying many accounts. Staff of a whole office signing in at the start
// of the day from one address stay well below the per-address limit.
const WINDOW = 15 * 60_000;

export function signInLimits(ipHash: string): RateLimitRule[] {
  return [{ key: `sign-in:ip:${ipHash}`, limit: 100, windowMs: WINDOW }];
}

export const SIGN_IN_LIMITED_MESSAGE = "Có quá nhiều lần đăng nhập từ địa chỉ mạng của bạn. Vui lòng thử lại sau ít phút.";

/**
 * For the next-auth route: a credentials sign-in POST counted per address, answered 429 with
 * Retry-After once spent. The body is what next-auth's client `signIn()` reads (a `url` whose
 * `error` parameter is the message), so the form shows the message as it shows a wrong password.
 */
export async function limitSignInRequest(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  if (request.method !== "POST" || !url.pathname.endsWith("/callback/credentials")) return null;
  const seconds = await retryAfterSeconds(signInLimits(hashIp(clientIp(request.headers))));
  if (seconds === null) return null;
  const errorUrl = new URL("/dang-nhap", url);
  errorUrl.searchParams.set("error", SIGN_IN_LIMITED_MESSAGE);
  return Response.json(
    { url: errorUrl.toString(), error: SIGN_IN_LIMITED_MESSAGE },
    { status: 429, headers: { "Retry-After": String(seconds), "Cache-Control": "no-store" } },
  );
}
