import { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { isSameSiteDestination } from "@/lib/auth/safe-callback";
import { InvalidInputError, NotFoundError } from "@/lib/errors/domain-error";
import { handleRoute } from "@/lib/http/handle-route";
import { readBoundedBody } from "@/lib/http/request-body";
import { refuseSpentSignIn } from "@/lib/http/sign-in-refusal";

const handler = NextAuth(authOptions());

type Context = { params: Promise<{ nextauth: string[] }> };

const INVALID_SIGN_IN_REQUEST = "Yêu cầu đăng nhập không hợp lệ.";
// The only writes the portal's pages make (next-auth's signIn and signOut, as a form).
const POST_ACTIONS = new Set(["callback/credentials", "signout"]);
const FORM = "application/x-www-form-urlencoded";

// next-auth answers the route itself; a write from another site is refused and sign-in
// attempts are counted per address before it runs. What it would fail on with a 500 (another
// action, a JSON or broken body) or read whole however large is refused first.
const POST = handleRoute(async (request, context: Context) => {
  const action = (await context.params).nextauth.join("/");
  if (!POST_ACTIONS.has(action)) throw new NotFoundError("Không tìm thấy địa chỉ đăng nhập này.");
  if (!request.headers.get("content-type")?.toLowerCase().startsWith(FORM)) throw new InvalidInputError(INVALID_SIGN_IN_REQUEST);
  const body = await readBoundedBody(request, 4_096);
  const bounded = new NextRequest(request.url, { method: "POST", headers: request.headers, body: body as Uint8Array<ArrayBuffer> });
  return (await refuseSpentSignIn(bounded)) ?? handler(bounded, context);
});

// What next-auth would fail on with a 500 is refused first, in Vietnamese: a sign-in callback
// opened with GET (credentials are only ever POSTed) and a destination off this site.
const GET = handleRoute(async (request, context: Context) => {
  const [action] = (await context.params).nextauth;
  if (action === "callback") throw new InvalidInputError(INVALID_SIGN_IN_REQUEST);
  const destination = new URL(request.url).searchParams.get("callbackUrl");
  if (destination !== null && !isSameSiteDestination(destination, request.url)) {
    throw new InvalidInputError("Địa chỉ quay lại sau khi đăng nhập không hợp lệ.");
  }
  return handler(request, context);
});

export { GET, POST };
