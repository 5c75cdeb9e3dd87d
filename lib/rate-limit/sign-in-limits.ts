import type { RateLimitRule } from "./rate-limit";

// Sign-in attempts, on top of the per-account lockout (lib/auth/login-throttle.ts), which
// cannot see one address trying many accounts. Staff of a whole office signing in at the start
// of the day from one address stay well below the per-address limit.
const WINDOW = 15 * 60_000;

export function signInLimits(ipHash: string): RateLimitRule[] {
  return [{ key: `sign-in:ip:${ipHash}`, limit: 100, windowMs: WINDOW }];
}

export const SIGN_IN_LIMITED_MESSAGE = "Có quá nhiều lần đăng nhập từ địa chỉ mạng của bạn. Vui lòng thử lại sau ít phút.";
