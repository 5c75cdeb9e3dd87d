/**
 * The portal's public address (NEXTAUTH_URL, as the README documents it): canonical links,
 * feeds, the sitemap and structured data must carry absolute URLs that work from outside.
 */
export function siteUrl(): URL {
  return new URL(process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`);
}

/** Whether readers reach the portal over https: HSTS, `upgrade-insecure-requests` and Secure cookies follow from it. */
export function isServedOverHttps(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

/** "/tin-tuc/x" → "https://portal.example/tin-tuc/x" (a path under the configured address, if it has one). */
export function absoluteUrl(path: string): string {
  const base = siteUrl();
  const prefix = base.pathname.replace(/\/+$/, "");
  return new URL(`${prefix}${path.startsWith("/") ? path : `/${path}`}`, base.origin).toString();
}
