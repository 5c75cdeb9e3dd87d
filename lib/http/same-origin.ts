/**
 * Cross-site request check for writes. A browser always sends Origin on cross-site POSTs
 * (and Referer when Origin is missing); if either names another site the write is refused.
 * A request with neither comes from a non-browser client, which cookies do not ride along
 * with, so it is not a CSRF vector and is let through to the route's own checks.
 */
export function isCrossSiteRequest(headers: Headers): boolean {
  const source = headers.get("origin") ?? headers.get("referer");
  if (!source || source === "null") return source === "null";
  let sourceHost: string;
  try {
    sourceHost = new URL(source).host;
  } catch {
    return true;
  }
  const hosts = [headers.get("x-forwarded-host"), headers.get("host")]
    .flatMap((value) => value?.split(",") ?? [])
    .map((value) => value.trim())
    .filter(Boolean);
  return !hosts.includes(sourceHost);
}
