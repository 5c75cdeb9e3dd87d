import { spawn, type ChildProcess } from "node:child_process";
import { expect } from "./console-guard";
import { e2eDatabaseUrl } from "./e2e-database-url";
import { sessionSecret } from "./staff";

/**
 * A second production server (scripts/serve.mjs, as `npm start` runs it) on the suite's
 * database and build, for a spec that needs other settings than the suite's server: `env`
 * is laid over the suite's own, and a variable set to undefined is removed.
 */
export async function startOwnServer(port: number, env: Record<string, string | undefined>): Promise<{ base: string; stop: () => void }> {
  const base = `http://127.0.0.1:${port}`;
  const merged: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: e2eDatabaseUrl(),
    PORT: String(port),
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: sessionSecret(),
    UPLOAD_DIR: ".data/e2e-uploads",
  };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete merged[name];
    else merged[name] = value;
  }
  // Its own process group, so stopping it stops whatever it starts.
  const server: ChildProcess = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    env: merged,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  await expect
    .poll(async () => (await fetch(`${base}/api/stats`).catch(() => null))?.status ?? 0, { timeout: 120_000, intervals: [1_000] })
    .toBe(200);
  return {
    base,
    stop: () => {
      if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
    },
  };
}
