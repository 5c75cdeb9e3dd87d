// `npm run db:backup [-- <file>]`: a consistent copy of the SQLite database while the portal runs
// (default .data/backups/portal-<time>.db). PostgreSQL is backed up with its own tools (pg_dump).
import path from "node:path";
import { resolveDatabaseTarget } from "../lib/db/database-url";
import { backupSqlite } from "../lib/db/sqlite-backup";

async function main() {
  const target = resolveDatabaseTarget();
  if (target.provider !== "sqlite") {
    throw new Error("DATABASE_URL là PostgreSQL: sao lưu bằng pg_dump -Fc (xem README, mục Deployment).");
  }
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
  const destination = path.resolve(process.argv[2] ?? path.join(".data", "backups", `portal-${stamp}.db`));
  await backupSqlite(target.file, destination);
  console.log(`[sao lưu] đã sao lưu ${target.file} vào ${destination}`);
}

main().catch((error) => {
  console.error(`[sao lưu] thất bại: ${error.message}`);
  process.exit(1);
});
