import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";

// A visitor is a browser, known by a first-party cookie: an office behind one NAT address
// is many visitors. The id is random and carries no personal data.
export const VISITOR_COOKIE = "vid";
const ONE_YEAR_SECONDS = 365 * 24 * 3600;
const VISITOR_ID = /^[0-9a-f-]{36}$/;

export function isVisitorId(value: string | undefined | null): value is string {
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

/**
 * The visitor's id, read from the cookie or created and set on the response (route handlers
 * and server actions only: pages cannot set cookies).
 */
export async function getOrCreateVisitorId(): Promise<{ visitorId: string; isNew: boolean }> {
  const jar = await cookies();
  const existing = jar.get(VISITOR_COOKIE)?.value;
  if (isVisitorId(existing)) return { visitorId: existing, isNew: false };
  const visitorId = newVisitorId();
  jar.set(VISITOR_COOKIE, visitorId, visitorCookieOptions());
  return { visitorId, isNew: true };
}

/** The visitor's id if the browser already has one (pages, read-only). */
export async function readVisitorId(): Promise<string | null> {
  const value = (await cookies()).get(VISITOR_COOKIE)?.value;
  return isVisitorId(value) ? value : null;
}
