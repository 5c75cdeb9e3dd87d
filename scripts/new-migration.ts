// Creates the next migration for both databases from the change to prisma/schema.prisma:
//   npm run db:new-migration -- add_document_tags
// prisma/migrations/schema-snapshot.prisma is the canonical schema as the last migration left it;
// the next migration is the difference between it and the current schema, written for both
// databases under the same number (`npm run db:check-drift` checks all three stay in step).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CANONICAL_SCHEMA, POSTGRES_SCHEMA, SCHEMA_SNAPSHOT, derivePostgresSchema } from "./derive-postgres-schema";
import { listMigrations, migrationsFolder } from "../lib/db/migrate";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Cách dùng: npm run db:new-migration -- <tên_bằng_chữ_thường_và_gạch_dưới>");
  process.exit(1);
}

const current = readFileSync(CANONICAL_SCHEMA, "utf8");
writeFileSync(POSTGRES_SCHEMA, derivePostgresSchema(current));

const names = (provider: "sqlite" | "postgres") => listMigrations(provider).map((migration) => migration.name);
if (names("sqlite").join() !== names("postgres").join()) {
  console.error("Hai thư mục migration (sqlite, postgres) không có cùng các migration; sửa trước khi tạo migration mới.");
  process.exit(1);
}
const work = mkdtempSync(path.join(tmpdir(), "portal-migration-"));
const previousSqlite = existsSync(SCHEMA_SNAPSHOT) ? SCHEMA_SNAPSHOT : null;
let previousPostgres: string | null = null;
if (previousSqlite) {
  previousPostgres = path.join(work, "previous-postgres.prisma");
  writeFileSync(previousPostgres, derivePostgresSchema(readFileSync(previousSqlite, "utf8")));
}

function diff(config: string, from: string | null, to: string): string {
  const fromArgs = from ? ["--from-schema-datamodel", from] : ["--from-empty"];
  return execFileSync(
    "npx",
    ["prisma", "migrate", "diff", "--config", config, ...fromArgs, "--to-schema-datamodel", to, "--script"],
    { encoding: "utf8" },
  );
}

const sequence = String(names("sqlite").length + 1).padStart(4, "0");
const folderName = `${sequence}_${name}`;
const outputs = {
  sqlite: diff("prisma.config.ts", previousSqlite, CANONICAL_SCHEMA),
  postgres: diff("prisma.postgres.config.ts", previousPostgres, POSTGRES_SCHEMA),
};
for (const [provider, sql] of Object.entries(outputs) as ["sqlite" | "postgres", string][]) {
  const folder = path.join(migrationsFolder(provider), folderName);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), sql);
  console.log(`wrote ${path.relative(process.cwd(), folder)}/migration.sql`);
}
writeFileSync(SCHEMA_SNAPSHOT, current);
console.log(`wrote ${SCHEMA_SNAPSHOT}`);
