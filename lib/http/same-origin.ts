import { siteUrl } from "@/lib/seo/site-url";

export const CROSS_SITE_REFUSAL = "Yêu cầu không xuất phát từ cổng thông tin nên bị từ chối.";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The origins a write may come from: the configured public address (NEXTAUTH_URL) and
 * nothing a request can say about itself. Host and X-Forwarded-Host are the client's to
 * choose, so they decide nothing. A portal on a loopback address (the demo, the tests) is
 * the same site under each of its loopback names.
 */
let allowed: { for: string; origins: Set<string> } | undefined;

function allowedOrigins(): Set<string> {
  const site = siteUrl();
  // Worked out once per configured address, not on every write.
  if (allowed?.for === site.href) return allowed.origins;
  const origins = LOOPBACK_HOSTS.has(site.hostname)
    ? new Set([...LOOPBACK_HOSTS].map((host) => `${site.protocol}//${host}${site.port ? `:${site.port}` : ""}`))
    : new Set([site.origin]);
  allowed = { for: site.href, origins };
  return origins;
}

/**
 * The one same-origin rule for every write: route handlers (lib/http/handle-route.ts), server
 * actions and any other non-GET request to a page (server/public-pipeline.ts). A browser sends Origin on every
 * POST; older ones sent only Referer; either must name the public address. A request with
 * neither is refused when the browser says it is cross-site (Sec-Fetch-Site), and otherwise
 * comes from a non-browser client, which no victim's cookie rides along with, so it goes on to
 * the route's own checks.
 */
export function isCrossSiteWrite(method: string, headers: Headers): boolean {
  if (READS.has(method)) return false;
  const source = headers.get("origin") ?? headers.get("referer");
  if (!source) {
    const fetchSite = headers.get("sec-fetch-site");
    return fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none";
  }
  if (source === "null") return true;
  let sourceOrigin: string;
  try {
    sourceOrigin = new URL(source).origin;
  } catch {
    return true;
  }
  return !allowedOrigins().has(sourceOrigin);
}
