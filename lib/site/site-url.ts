/** The portal's public address (NEXTAUTH_URL, see README), for links that leave the page: print, structured data. */
export function absoluteUrl(path: string): string {
  const base = process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`;
  return new URL(path, base).toString();
}
