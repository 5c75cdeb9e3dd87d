import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { isSameSiteDestination } from "@/lib/auth/safe-callback";
import { ApiError, handleRoute } from "@/lib/http/api-error";
import { limitSignInRequest } from "@/lib/rate-limit/sign-in-limits";

const handler = NextAuth(authOptions());

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth answers the route itself; a write from another site is refused and sign-in
// attempts are counted per address before it runs.
const POST = handleRoute(async (request, context: Context) => (await limitSignInRequest(request)) ?? handler(request, context));

// What next-auth would fail on with a 500 is refused first, in Vietnamese: a sign-in callback
// opened with GET (credentials are only ever POSTed) and a destination off this site.
const GET = handleRoute(async (request, context: Context) => {
  const [action] = (await context.params).nextauth;
  if (action === "callback") throw new ApiError(400, "Yêu cầu đăng nhập không hợp lệ.");
  const destination = new URL(request.url).searchParams.get("callbackUrl");
  if (destination !== null && !isSameSiteDestination(destination, request.url)) {
    throw new ApiError(400, "Địa chỉ quay lại sau khi đăng nhập không hợp lệ.");
  }
  return handler(request, context);
});

export { GET, POST };
