import { encode, getToken, type JWT } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { sessionIdleSeconds } from "./session-config";

// The same cookie next-auth v4 writes: a __Secure- name and the Secure flag behind https.
const secureCookie = () => process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
const sessionCookieName = () => (secureCookie() ? "__Secure-next-auth.session-token" : "next-auth.session-token");

/** The session token a request carries, or null when it is missing, forged or past its expiry. */
export function readSessionToken(request: Request): Promise<JWT | null> {
  return getToken({ req: request instanceof NextRequest ? request : new NextRequest(request), cookieName: sessionCookieName(), secureCookie: secureCookie() });
}

/**
 * The session token re-issued with a fresh idle limit, as the cookie to set: what next-auth's
 * own session endpoint would do, but only when the page asks on the user's behalf.
 */
export async function extendedSessionCookie(token: JWT, now = new Date()) {
  const maxAge = sessionIdleSeconds();
  const expires = new Date(now.getTime() + maxAge * 1000);
  const value = await encode({ token, secret: process.env.NEXTAUTH_SECRET ?? "", maxAge });
  const options = { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookie(), expires } as const;
  return { expires, name: sessionCookieName(), value, options };
}
