import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests (*.test.ts) and integration tests against a real SQLite database
// (*.int.test.ts, see tests/integration-setup.ts) run together; Playwright owns e2e/.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", "generated/**"],
    globalSetup: ["tests/integration-setup.ts"],
    env: {
      DATABASE_URL: "file:./.data/test-integration.db",
      UPLOAD_DIR: ".data/test-uploads",
      TZ: "UTC",
      NODE_ENV: "test",
    },
    // One SQLite file is shared by the integration files: run files one after another.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
