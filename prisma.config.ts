import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// The CLI is only used for `generate` and `migrate diff` (migrations are applied by
// lib/db/migrate.ts). The adapter keeps every engine in JavaScript, so nothing is downloaded.
// The CLI opens this scratch database even for `migrate diff --from-empty`; the drift check
// (scripts/check-schema-drift.ts) points it at the database it has just migrated.
mkdirSync(".data", { recursive: true });

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations", "sqlite") },
  adapter: async () => new PrismaBetterSQLite3({ url: process.env.SQLITE_CLI_URL ?? "file:./.data/prisma-cli.db" }),
});
