import { NextResponse } from "next/server";
import { UnauthenticatedError } from "@/lib/errors/domain-error";
import { extendedSessionCookie, readSessionToken } from "@/lib/auth/session-cookie";
import { userForClaims } from "@/lib/auth/session-user";
import { handleRoute } from "@/lib/http/handle-route";

/**
 * The idle prompt's "Bấm vào đây" and the editor's activity: restarts a live session's idle
 * clock. A token idle past the limit, past the absolute limit, revoked or missing gets 401
 * and is never revived.
 */
export const POST = handleRoute(async (request: Request) => {
  const token = await readSessionToken(request);
  const user = token ? await userForClaims({ ...token, id: token.uid }) : null;
  if (!token || !user) throw new UnauthenticatedError();
  const cookie = await extendedSessionCookie(token);
  // When the session ends if nothing happens meanwhile.
  const response = NextResponse.json({ expires: cookie.expires.toISOString() });
  response.cookies.set(cookie.name, cookie.value, cookie.options);
  return response;
});
