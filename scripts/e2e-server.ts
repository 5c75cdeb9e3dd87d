// The server Playwright tests against: a fresh database with the demo content, a production
// build, and the portal's server (scripts/serve.mjs, as `npm start` runs it) on E2E_PORT. The database is the SQLite file .data/e2e.db, or the
// PostgreSQL database E2E_DATABASE_URL names (dropped and created again). The server's clock is the real one.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { e2eDatabaseUrl, e2eOnPostgres, E2E_SQLITE_FILE } from "../e2e/helpers/e2e-database-url";
import { prepareDatabase } from "./prepare-database";
import { recreatePostgresDatabase } from "./recreate-postgres-database";
import { applyTestPasswords } from "../tests/test-passwords";
import { prepareRuntimeEnv } from "./runtime-env.mjs";

async function main() {
  process.env.DATABASE_URL = e2eDatabaseUrl();
  process.env.PORT = process.env.E2E_PORT ?? "3100";
  process.env.UPLOAD_DIR = ".data/e2e-uploads";
  // As behind one reverse proxy: the specs speak as many clients by their X-Forwarded-For.
  // Without a proxy the server replaces that header (e2e/forged-forwarded-for.spec.ts).
  process.env.TRUST_PROXY ??= "1";
  // The demo accounts get the test passwords the specs sign in with (e2e/helpers/staff.ts).
  applyTestPasswords();
  rmSync(process.env.UPLOAD_DIR, { recursive: true, force: true });
  prepareRuntimeEnv();
  if (e2eOnPostgres()) await recreatePostgresDatabase(process.env.DATABASE_URL);
  else for (const suffix of ["", "-wal", "-shm"]) rmSync(`${E2E_SQLITE_FILE}${suffix}`, { force: true });
  await prepareDatabase("demo");
  if (process.env.E2E_SKIP_BUILD !== "1") {
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build thất bại");
  }
  const server = spawn(process.execPath, ["scripts/serve.mjs", "-p", process.env.PORT!, "-H", "127.0.0.1"], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(`[e2e] ${error.message}`);
  process.exit(1);
});
