/**
 * The host of the site that sent the reader here, or null when there is none or it is this
 * site itself (moving between our own pages is not a referral). Only the host is kept: a full
 * referring URL can carry a person's search terms or session data.
 */
export function externalReferrerHost(referer: string | null, ownHost: string | null): string | null {
  if (!referer) return null;
  let host: string;
  try {
    const url = new URL(referer);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    host = url.hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
  const own = ownHost?.toLowerCase().replace(/:\d+$/, "").replace(/^www\./, "");
  return host && host !== own ? host : null;
}
