import "server-only";
import { encode, getToken, type JWT } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { isServedOverHttps } from "@/lib/seo/site-url";
import { epochSeconds, sessionIdleSeconds, sessionMaxSeconds } from "./session-config";

// The same cookie next-auth v4 writes: a __Secure- name and the Secure flag behind https.
const secureCookie = isServedOverHttps;
const sessionCookieName = () => (secureCookie() ? "__Secure-next-auth.session-token" : "next-auth.session-token");

/** The session token a request carries, or null when it is missing, forged or past its expiry. */
export function readSessionToken(request: Request): Promise<JWT | null> {
  return getToken({ req: request instanceof NextRequest ? request : new NextRequest(request), cookieName: sessionCookieName(), secureCookie: secureCookie() });
}

/**
 * The session token re-issued with its last activity set to `now`, as the cookie to set: the
 * only place a session's idle clock moves. The cookie lives for the idle limit; the token
 * until the absolute limit from its sign-in, so keeping a session busy never carries it past
 * that. The caller checks first that the token is still alive.
 */
export async function extendedSessionCookie(token: JWT, now = new Date()) {
  const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : epochSeconds(now);
  const maxAge = Math.max(0, signedInAt + sessionMaxSeconds() - epochSeconds(now));
  const expires = new Date(now.getTime() + Math.min(maxAge, sessionIdleSeconds()) * 1000);
  const value = await encode({ token: { ...token, lastActiveAt: epochSeconds(now) }, secret: process.env.NEXTAUTH_SECRET ?? "", maxAge });
  const options = { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookie(), expires } as const;
  return { expires, name: sessionCookieName(), value, options };
}
