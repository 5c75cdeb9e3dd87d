// Generates both Prisma clients (SQLite and PostgreSQL) after every install,
// so a fresh clone never runs with a missing or stale client.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const configs = ["prisma.config.ts", "prisma.postgres.config.ts"];
for (const config of configs) {
  if (!existsSync(config)) continue;
  execFileSync("npx", ["prisma", "generate", "--config", config], { stdio: "inherit" });
}
