import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run in Debian's Chromium against the production build served as in
// production (next build, then scripts/serve.mjs) on its own port and its own freshly seeded database: SQLite, or PostgreSQL when
// E2E_DATABASE_URL is postgres:// (scripts/e2e-server.ts; `npm test` runs both).
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "./e2e",
  // The specs set up data through the domain's modules, which are server-only (tsconfig.node.json).
  tsconfig: "./tsconfig.node.json",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "tsx --tsconfig tsconfig.node.json scripts/e2e-server.ts",
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: false,
    timeout: 6 * 60_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
