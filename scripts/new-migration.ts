// Creates the next migration for both databases from the change to prisma/schema.prisma:
//   npm run db:new-migration -- add_document_tags
// Each SQLite migration folder keeps a snapshot of the canonical schema it was made from;
// the next migration is the difference between that snapshot and the current schema.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CANONICAL_SCHEMA, POSTGRES_SCHEMA, derivePostgresSchema } from "./derive-postgres-schema";
import { listMigrations, migrationsFolder } from "../lib/db/migrate";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Cách dùng: npm run db:new-migration -- <tên_bằng_chữ_thường_và_gạch_dưới>");
  process.exit(1);
}

const current = readFileSync(CANONICAL_SCHEMA, "utf8");
writeFileSync(POSTGRES_SCHEMA, derivePostgresSchema(current));

const previous = listMigrations("sqlite").at(-1);
const work = mkdtempSync(path.join(tmpdir(), "portal-migration-"));
const previousSqlite = previous ? path.join(migrationsFolder("sqlite"), previous.name, "schema.prisma") : null;
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

const sequence = String(listMigrations("sqlite").length + 1).padStart(4, "0");
const folderName = `${sequence}_${name}`;
const outputs = {
  sqlite: diff("prisma.config.ts", previousSqlite, CANONICAL_SCHEMA),
  postgres: diff("prisma.postgres.config.ts", previousPostgres, POSTGRES_SCHEMA),
};
for (const [provider, sql] of Object.entries(outputs) as ["sqlite" | "postgres", string][]) {
  const folder = path.join(migrationsFolder(provider), folderName);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), sql);
  if (provider === "sqlite") writeFileSync(path.join(folder, "schema.prisma"), current);
  console.log(`wrote ${path.relative(process.cwd(), folder)}/migration.sql`);
}
