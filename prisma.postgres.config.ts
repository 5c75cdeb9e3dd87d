import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// PostgreSQL counterpart of prisma.config.ts. `migrate diff` needs a reachable
// database here even from empty: POSTGRES_CLI_URL, or the local test database.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "postgres", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations", "postgres") },
  adapter: async () =>
    new PrismaPg({ connectionString: process.env.POSTGRES_CLI_URL ?? "postgresql://postgres@127.0.0.1:5432/test" }),
});
