// The server Playwright tests against: a fresh SQLite database with the demo content,
// a production build, and `next start` on E2E_PORT. The server's clock is the real one.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { prepareDatabase } from "./prepare-database";
import { prepareRuntimeEnv } from "./runtime-env";

const E2E_DATABASE = ".data/e2e.db";

async function main() {
  process.env.DATABASE_URL = `file:./${E2E_DATABASE}`;
  process.env.PORT = process.env.E2E_PORT ?? "3100";
  process.env.UPLOAD_DIR = ".data/e2e-uploads";
  rmSync(process.env.UPLOAD_DIR, { recursive: true, force: true });
  prepareRuntimeEnv();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${E2E_DATABASE}${suffix}`, { force: true });
  await prepareDatabase({ seed: true });
  if (process.env.E2E_SKIP_BUILD !== "1") {
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build thất bại");
  }
  const server = spawn("npx", ["next", "start", "-p", process.env.PORT!, "-H", "127.0.0.1"], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(`[e2e] ${error.message}`);
  process.exit(1);
});
