import { isServedOverHttps } from "@/lib/seo/site-url";

const FIXED = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
};
const HSTS = "max-age=63072000; includeSubDomains";
// The document file route is the one thing the portal frames itself: its document page embeds
// the PDF preview.
const SAME_ORIGIN_FRAMES = /^\/api\/documents\//;

/**
 * The headers every answer carries, set by the public pipeline (server/public-pipeline.ts) before
 * anything else answers. The Content-Security-Policy needs a per-response nonce and is set apart.
 */
export function securityHeaders(pathname: string): Record<string, string> {
  return {
    ...FIXED,
    ...(isServedOverHttps() ? { "Strict-Transport-Security": HSTS } : {}),
    "X-Frame-Options": SAME_ORIGIN_FRAMES.test(pathname) ? "SAMEORIGIN" : "DENY",
  };
}
