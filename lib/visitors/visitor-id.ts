import { randomUUID } from "node:crypto";
import { isServedOverHttps } from "@/lib/seo/site-url";

// A visitor is a browser, known by a first-party cookie: an office behind one NAT address
// is many visitors. The id is random and carries no personal data.
export const VISITOR_COOKIE = "vid";
const ONE_YEAR_SECONDS = 365 * 24 * 3600;
const VISITOR_ID = /^[0-9a-f-]{36}$/;

function isVisitorId(value: string | undefined | null): value is string {
  return !!value && VISITOR_ID.test(value);
}

export const newVisitorId = (): string => randomUUID();

/** The visitor's id in a raw Cookie header. */
export function visitorIdInCookieHeader(cookieHeader: string | null): string | null {
  const pair = (cookieHeader ?? "").split(";").find((part) => part.trim().startsWith(`${VISITOR_COOKIE}=`));
  const value = pair?.trim().slice(VISITOR_COOKIE.length + 1);
  return isVisitorId(value) ? value : null;
}

/**
 * The Set-Cookie value that gives a new browser its id: the one way the cookie is set, on a page
 * (the public pipeline) and on a reader route's answer (handleRoute).
 */
export function visitorSetCookieHeader(visitorId: string): string {
  return [
    `${VISITOR_COOKIE}=${visitorId}`,
    "Path=/",
    `Max-Age=${ONE_YEAR_SECONDS}`,
    `Expires=${new Date(Date.now() + ONE_YEAR_SECONDS * 1000).toUTCString()}`,
    "HttpOnly",
    ...(isServedOverHttps() ? ["Secure"] : []),
    "SameSite=Lax",
  ].join("; ");
}
