/** Only a path on this site may be a post-sign-in destination (no open redirect). */
export function safeCallbackPath(value: string | string[] | undefined, fallback = "/quan-tri"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return fallback;
  }
  return value;
}

/**
 * Whether a destination next-auth is handed is on this site: a path as above, or an absolute
 * address with the origin of the request or of NEXTAUTH_URL (next-auth's client sends those).
 */
export function isSameSiteDestination(value: string, requestUrl: string): boolean {
  if (safeCallbackPath(value, "") === value) return true;
  let target: URL;
  try {
    target = new URL(value);
  } catch {
    return false;
  }
  const origins = [new URL(requestUrl).origin];
  if (process.env.NEXTAUTH_URL) origins.push(new URL(process.env.NEXTAUTH_URL).origin);
  return (target.protocol === "http:" || target.protocol === "https:") && origins.includes(target.origin);
}
