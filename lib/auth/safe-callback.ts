/** Only a path on this site may be a post-sign-in destination (no open redirect). */
export function safeCallbackPath(value: string | string[] | undefined, fallback = "/quan-tri"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return fallback;
  }
  return value;
}
