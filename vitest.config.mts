import path from "node:path";
import { defineConfig } from "vitest/config";
import { postgresReachable } from "./scripts/postgres-reachable.mjs";

// Unit tests (*.test.ts) and integration tests against a real SQLite database
// (*.int.test.ts, see tests/integration-setup.ts) run together; Playwright owns e2e/.
// The "postgres" project runs every integration test again on PostgreSQL, with the
// *.pg.test.ts files (tests/postgres-setup.ts): the database client is chosen from
// DATABASE_URL once per process, so each database is a project with its own environment.
const shared = {
  exclude: ["node_modules/**", "e2e/**", ".next/**", "generated/**"],
  // One database is shared by the integration files of a project: run files one after another.
  fileParallelism: false,
  testTimeout: 30_000,
  hookTimeout: 120_000,
};

const postgresUrl = process.env.POSTGRES_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/portal_pg_integration";
const postgresAvailable = await postgresReachable(postgresUrl, 'kiểm thử tích hợp trên PostgreSQL (dự án Vitest "postgres")');

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The server's modules are tested as Next's server bundles run them: `server-only` is empty there.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          ...shared,
          name: "sqlite",
          include: ["**/*.test.ts"],
          exclude: [...shared.exclude, "**/*.pg.test.ts"],
          globalSetup: ["tests/integration-setup.ts"],
          env: { DATABASE_URL: "file:./.data/test-integration.db", UPLOAD_DIR: ".data/test-uploads", TZ: "UTC", NODE_ENV: "test" },
        },
      },
      ...(postgresAvailable
        ? [
            {
              extends: true as const,
              test: {
                ...shared,
                name: "postgres",
                include: ["**/*.int.test.ts", "**/*.pg.test.ts"],
                globalSetup: ["tests/postgres-setup.ts"],
                env: { DATABASE_URL: postgresUrl, UPLOAD_DIR: ".data/test-uploads-pg", TZ: "UTC", NODE_ENV: "test" },
              },
            },
          ]
        : []),
    ],
  },
});
