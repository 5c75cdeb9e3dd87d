// `npm test`: the whole suite. Unit and integration tests (Vitest, real SQLite), then
// end-to-end tests (Playwright in Debian's Chromium against the production build).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    [
      `Không tìm thấy Chromium tại ${chromium}; các kiểm thử đầu-cuối cần nó.`,
      "Cài bằng gói của Debian (với quyền root):",
      "  apt-get update && apt-get install -y --no-install-recommends chromium",
      "hoặc trỏ CHROMIUM_PATH tới một Chromium có sẵn. Đừng dùng `npx playwright install`: máy không tải được trình duyệt của Playwright.",
    ].join("\n"),
  );
  process.exit(1);
}

function run(label: string, command: string, args: string[]) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n${label}: thất bại (mã ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

run("Kiểm tra kiểu TypeScript", "npx", ["tsc", "--noEmit"]);
run("Kiểm thử đơn vị và tích hợp (Vitest)", "npx", ["vitest", "run"]);
run("Kiểm thử đầu-cuối (Playwright, bản build production)", "npx", ["playwright", "test"]);
