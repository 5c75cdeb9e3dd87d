import { YOUTUBE_EMBED_ORIGIN } from "@/lib/html/embed-origins";
import { isServedOverHttps } from "@/lib/seo/site-url";

/**
 * The page's Content-Security-Policy. Scripts run only with this response's nonce (Next adds
 * it to its own scripts when it finds the policy on the request); 'strict-dynamic' lets those
 * scripts load the framework's chunks, and nothing an editor or a reader writes can run.
 * Styles may be inline: React and the article body use style attributes, which cannot run code
 * in current browsers. Images may come from https hosts because the sanitiser allows them in
 * article bodies; frames only from ourselves (the PDF preview) and the allowed video host.
 */
export function contentSecurityPolicy(nonce: string, { https = isServedOverHttps() } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src 'self' ${YOUTUBE_EMBED_ORIGIN}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** 128 random bits, base64: unguessable and unique per response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
