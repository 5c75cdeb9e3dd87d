import { randomUUID } from "node:crypto";

// A visitor is a browser, known by a first-party cookie: an office behind one NAT address
// is many visitors. The id is random and carries no personal data.
export const VISITOR_COOKIE = "vid";
const ONE_YEAR_SECONDS = 365 * 24 * 3600;
const VISITOR_ID = /^[0-9a-f-]{36}$/;

function isVisitorId(value: string | undefined | null): value is string {
  return !!value && VISITOR_ID.test(value);
}

export const newVisitorId = (): string => randomUUID();

/** How the cookie is set, here and by the proxy (which gives a new browser its id on its first page). */
export function visitorCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
  };
}

/** The visitor's id in a raw Cookie header (the proxy and the server's front door read it there). */
export function visitorIdInCookieHeader(cookieHeader: string | null): string | null {
  const pair = (cookieHeader ?? "").split(";").find((part) => part.trim().startsWith(`${VISITOR_COOKIE}=`));
  const value = pair?.trim().slice(VISITOR_COOKIE.length + 1);
  return isVisitorId(value) ? value : null;
}

/** The Set-Cookie value that gives a new browser its id, with the options the proxy sets it with. */
export function visitorSetCookieHeader(visitorId: string): string {
  const { httpOnly, secure, path, maxAge } = visitorCookieOptions();
  return [
    `${VISITOR_COOKIE}=${visitorId}`,
    `Path=${path}`,
    `Max-Age=${maxAge}`,
    `Expires=${new Date(Date.now() + maxAge * 1000).toUTCString()}`,
    ...(httpOnly ? ["HttpOnly"] : []),
    ...(secure ? ["Secure"] : []),
    "SameSite=Lax",
  ].join("; ");
}
