// `npm start`: prepares whatever is missing (database, migrations, demo content, secret,
// production build), then serves the production build on PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { prepareDatabase } from "./prepare-database";
import { prepareRuntimeEnv } from "./runtime-env";

async function main() {
  prepareRuntimeEnv();
  await prepareDatabase();
  if (!existsSync(".next/BUILD_ID")) {
    console.log("[khởi động] chưa có bản build, đang chạy next build (vài phút trong lần đầu)…");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build thất bại");
  }
  // The portal's own server (Next behind the page cache's front door), started by this same
  // Node.js without npx in between.
  const server = spawn(process.execPath, ["scripts/serve.mjs", "-p", process.env.PORT!], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(`[khởi động] không khởi động được cổng thông tin: ${error.message}`);
  process.exit(1);
});
