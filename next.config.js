const { securityHeaders: securityHeadersFor } = require("./lib/http/security-headers.cjs");

/**
 * The headers every response carries (lib/http/security-headers.cjs). Framing is refused
 * everywhere except the document file route, which the portal's own document page embeds for
 * its inline PDF preview.
 */
const securityHeaders = securityHeadersFor({ https: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false });

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver packages are loaded by Node at run time, never bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  // The statistics proxy must tell a prefetch from a client-side navigation, and Next strips
  // the router's headers (RSC, Next-Router-Prefetch) from what the proxy sees unless this is set.
  // The proxy neither rewrites nor redirects, so the other effects of the option do not apply.
  skipProxyUrlNormalize: true,
  reactStrictMode: true,
  experimental: {
    // Next holds a request's body in memory for the proxy, up to this, before a page or server
    // action reads it; 10 MB by default. Nothing that reaches the proxy takes more than a server
    // action's own limit (serverActions.bodySizeLimit, 1 MB): uploads go to route handlers, which
    // the proxy does not see and which stream their bodies within their own limits.
    proxyClientMaxBodySize: "1mb",
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/((?!api/documents/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      { source: "/api/documents/:path*", headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] },
    ];
  },
};

module.exports = nextConfig;
