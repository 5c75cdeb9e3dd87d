import { clientIp, hashIp } from "./client-ip";
import { newVisitorId, visitorIdInCookieHeader, visitorSetCookieHeader } from "./visitor-id";

/** Who is writing, for de-duplication (the browser) and rate limits (browser and hashed address). */
export type Reader = { visitorId: string; ipHash: string };

// Browsers that came without an id and were given one while their request was handled.
const givenIds = new WeakMap<Request, string>();

/**
 * The reader of a route handler's request, from the request alone, so the same handler runs
 * inside Next and in the public pipeline (server/public-pipeline.ts). A browser without a visitor cookie gets a new id
 * here; handleRoute then sets the cookie on whatever the answer is (visitorCookieFor).
 */
export function identifyReader(request: Request): Reader {
  let visitorId = knownVisitorId(request);
  if (!visitorId) {
    visitorId = newVisitorId();
    givenIds.set(request, visitorId);
  }
  return { visitorId, ipHash: hashIp(clientIp(request.headers)) };
}

/** The visitor id a request already carries, if any (reads only). */
export function knownVisitorId(request: Request): string | null {
  return givenIds.get(request) ?? visitorIdInCookieHeader(request.headers.get("cookie"));
}

/** The Set-Cookie value for a browser identifyReader gave a new id to, or null. */
export function visitorCookieFor(request: Request): string | null {
  const given = givenIds.get(request);
  return given ? visitorSetCookieHeader(given) : null;
}
