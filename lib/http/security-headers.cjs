// Headers every response carries: next.config.js puts them on Next's own responses, and the
// server's front door (lib/page-cache/front-door.ts) on the pages it answers from the cache.
// Plain CommonJS because next.config.js loads it without a compiler.
// The Content-Security-Policy needs a per-request nonce and is set per response instead.

/** @param {{ https: boolean }} options */
function securityHeaders({ https }) {
  const headers = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  ];
  if (https) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}

module.exports = { securityHeaders };
