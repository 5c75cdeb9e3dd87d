// `npm start`: serves the portal on PORT (default 3000) with whatever is missing prepared first.
// On a prepared install this is one Node.js process and no compiler: one query with the
// database driver finds nothing for the seed to do (prisma/seed/seed-state.mjs), and the server
// itself applies pending migrations before it answers (instrumentation.ts). When the seed has
// something to do (a new database, the demo content wanted but missing, ADMIN_PASSWORD given),
// the TypeScript seed script runs first; the first start also builds the production bundle.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolveDatabaseTarget } from "../lib/db/database-url.mjs";
import { demoContentWanted, readSeedState, seedingNeeded } from "../prisma/seed/seed-state.mjs";
import { prepareRuntimeEnv } from "./runtime-env.mjs";

function run(script, args) {
  const { status } = spawnSync(process.execPath, [script, ...args], { stdio: "inherit" });
  if (status !== 0) {
    console.error(`[khởi động] không khởi động được cổng thông tin: ${args.join(" ")} thất bại`);
    process.exit(1);
  }
}

function demoSwitch() {
  try {
    return demoContentWanted();
  } catch (error) {
    console.error(`[khởi động] ${error.message}`);
    process.exit(1);
  }
}

prepareRuntimeEnv();
const demo = demoSwitch();
if (seedingNeeded(await readSeedState(resolveDatabaseTarget()), { demo })) {
  if (!demo) console.log("[khởi động] không nạp nội dung mẫu: NEXTAUTH_URL là địa chỉ công khai hoặc SEED_DEMO=false (README: Deployment)");
  run("node_modules/tsx/dist/cli.mjs", ["--tsconfig", "tsconfig.node.json", "scripts/seed.ts", ...(demo ? [] : ["--no-demo"])]);
}
if (!existsSync(".next/BUILD_ID")) {
  console.log("[khởi động] chưa có bản build: chạy next build (vài phút trong lần đầu)…");
  run("node_modules/next/dist/bin/next", ["build"]);
}
await import("./serve.mjs");
