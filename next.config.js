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
};

module.exports = nextConfig;
