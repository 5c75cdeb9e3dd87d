// `npm start`: serves the portal on PORT (default 3000) with whatever is missing prepared first.
// On a prepared install this is one Node.js process and no compiler: the server itself applies
// pending migrations and, unless SEED_DEMO=false, puts the demo content in when it is missing
// (instrumentation.ts), before it answers. The first start also builds the production bundle,
// after preparing the database with the TypeScript scripts.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { prepareRuntimeEnv } from "./runtime-env.mjs";

function run(script, args) {
  const { status } = spawnSync(process.execPath, [script, ...args], { stdio: "inherit" });
  if (status !== 0) {
    console.error(`[khởi động] không khởi động được cổng thông tin: ${args.join(" ")} thất bại`);
    process.exit(1);
  }
}

prepareRuntimeEnv();
if (!existsSync(".next/BUILD_ID")) {
  console.log("[khởi động] chưa có bản build: chuẩn bị cơ sở dữ liệu rồi chạy next build (vài phút trong lần đầu)…");
  run("node_modules/tsx/dist/cli.mjs", [process.env.SEED_DEMO === "false" ? "scripts/migrate.ts" : "scripts/seed.ts"]);
  run("node_modules/next/dist/bin/next", ["build"]);
}
await import("./serve.mjs");
