import { NextResponse } from "next/server";
import { AuthorizationError, userForClaims } from "@/lib/auth/current-user";
import { extendedSessionCookie, readSessionToken } from "@/lib/auth/session-cookie";
import { handleRoute } from "@/lib/http/api-error";

/**
 * The idle prompt's "Bấm vào đây" and the editor's activity: extends a valid session by the
 * idle limit. An expired, revoked or missing token gets 401 and is never revived.
 */
export const POST = handleRoute(async (request: Request) => {
  const token = await readSessionToken(request);
  const user = token ? await userForClaims({ id: token.uid, tokenVersion: token.tokenVersion }) : null;
  if (!token || !user) throw new AuthorizationError(401);
  const cookie = await extendedSessionCookie(token);
  const response = NextResponse.json({ expires: cookie.expires.toISOString() });
  response.cookies.set(cookie.name, cookie.value, cookie.options);
  return response;
});
