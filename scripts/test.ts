// `npm test`: the whole suite. Type check; lint (ESLint with Next's rules); the schema drift check
// (scripts/check-schema-drift.ts: the migrations must produce the schema files, on SQLite and on
// PostgreSQL); unit and integration tests (Vitest, on SQLite and on PostgreSQL); one production build; then the end-to-end tests (Playwright in Debian's Chromium)
// against it twice: on a fresh SQLite database, then on a fresh PostgreSQL database, where the
// two-instance test (e2e/two-instances.spec.ts) also runs. Without a PostgreSQL server the
// PostgreSQL passes are skipped with the reason, except under CI, where they are required.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { postgresReachable } from "./postgres-reachable.mjs";

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

const E2E_POSTGRES_URL = process.env.E2E_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/portal_pg_e2e";

function run(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n${label}: thất bại (mã ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

async function main() {
  run("Kiểm tra kiểu TypeScript", "npx", ["tsc", "--noEmit"]);
  run("Kiểm tra mã nguồn (ESLint, quy tắc của Next.js)", "npx", ["eslint", ".", "--max-warnings=0"]);
  run("Kiểm tra lệch lược đồ (migration so với lược đồ, SQLite và PostgreSQL)", "npx", ["tsx", "--tsconfig", "tsconfig.node.json", "scripts/check-schema-drift.ts"]);
  run("Kiểm thử đơn vị và tích hợp (Vitest, SQLite và PostgreSQL)", "npx", ["vitest", "run"]);
  run("Bản build production (next build)", "npx", ["next", "build"]);
  // The SQLite pass must not inherit a PostgreSQL e2e database from the caller's environment.
  run("Kiểm thử đầu-cuối trên SQLite (Playwright)", "npx", ["playwright", "test"], { E2E_SKIP_BUILD: "1", E2E_DATABASE_URL: "" });
  if (await postgresReachable(E2E_POSTGRES_URL, "kiểm thử đầu-cuối trên PostgreSQL")) {
    run("Kiểm thử đầu-cuối trên PostgreSQL (Playwright, gồm hai phiên bản chạy song song)", "npx", ["playwright", "test"], {
      E2E_SKIP_BUILD: "1",
      E2E_DATABASE_URL: E2E_POSTGRES_URL,
    });
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
