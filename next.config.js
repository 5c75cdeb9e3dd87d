/**
 * Security headers, the Content-Security-Policy and everything else a public request gets are
 * set by the public pipeline (server/public-pipeline.ts), which the portal's server runs before Next.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  // Native and driver packages are loaded by Node at run time, never bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
