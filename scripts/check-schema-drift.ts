// `npm run db:check-drift` (a step of `npm test`): the migrations must produce the schema files.
// For each database it migrates a scratch database with the portal's own runner (lib/db/migrate.ts)
// and compares it with the schema file (prisma/schema.prisma, prisma/postgres/schema.prisma): on
// SQLite it reads the database back with `prisma db pull` and asks `prisma migrate diff --exit-code`
// for the difference; on PostgreSQL see postgresDrift. It also checks that
// the one snapshot new migrations are diffed from (prisma/migrations/schema-snapshot.prisma) is
// that same schema, and that both databases have the same migrations, by name.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations, listMigrations } from "../lib/db/migrate";
import { CANONICAL_SCHEMA, POSTGRES_SCHEMA, SCHEMA_SNAPSHOT, derivePostgresSchema } from "./derive-postgres-schema";
import { postgresReachable } from "./postgres-reachable.mjs";
import { recreatePostgresDatabase } from "./recreate-postgres-database";

export const DRIFT_POSTGRES_URL = process.env.DRIFT_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/portal_schema_drift";

// What the migrations add by raw SQL for full-text search (0002_search_index), which Prisma's
// schema cannot express. They are removed by name from the scratch copy before it is compared;
// each statement fails if its object is missing, so this list cannot outlive what it names.
// The runner's own bookkeeping table goes too. Nothing else is set aside.
const SET_ASIDE = {
  sqlite: [
    `DROP TABLE "ArticleSearch"`,
    `DROP TABLE "DocumentSearch"`,
    `DROP INDEX "Article_search_filter_idx"`,
    `DROP INDEX "Document_search_filter_idx"`,
    `DROP TABLE "_portal_migrations"`,
  ],
  postgres: [
    // The GIN indexes on "searchVector" go with their columns.
    `ALTER TABLE "Article" DROP COLUMN "searchVector", DROP COLUMN "searchTitle"`,
    `ALTER TABLE "Document" DROP COLUMN "searchVector", DROP COLUMN "searchTitle"`,
    `DROP TABLE "_portal_migrations"`,
  ],
};

type Provider = "sqlite" | "postgres";
const CONFIG: Record<Provider, string> = { sqlite: "prisma.config.ts", postgres: "prisma.postgres.config.ts" };

function prisma(args: string[], env: Record<string, string>) {
  return spawnSync("npx", ["prisma", ...args], { encoding: "utf8", env: { ...process.env, ...env } });
}

/**
 * The SQL that would bring the migrated database to `schemaFile` ("" when none is needed),
 * after reading the database back with `prisma db pull` into a copy of that schema file.
 */
function diffDatabaseFromSchema(provider: Provider, schemaFile: string, env: Record<string, string>, work: string): string {
  const pulled = path.join(work, `${provider}-pulled.prisma`);
  copyFileSync(schemaFile, pulled);
  const pull = prisma(["db", "pull", "--config", CONFIG[provider], "--schema", pulled], env);
  if (pull.status !== 0) throw new Error(`prisma db pull (${provider}) thất bại:\n${pull.stdout}${pull.stderr}`);
  return diffSchemas(provider, pulled, schemaFile, env);
}

/** `prisma migrate diff --exit-code` between two schema files: "" when they describe the same database. */
function diffSchemas(provider: Provider, from: string, to: string, env: Record<string, string> = {}): string {
  const diff = prisma(
    ["migrate", "diff", "--config", CONFIG[provider], "--from-schema-datamodel", from, "--to-schema-datamodel", to, "--script", "--exit-code"],
    env,
  );
  if (diff.status === 0) return "";
  if (diff.status === 2) return diff.stdout.trim();
  throw new Error(`prisma migrate diff (${provider}) thất bại:\n${diff.stdout}${diff.stderr}`);
}

/** The SQLite difference between the migrations and `schemaFile` ("" when there is none). */
export async function sqliteDrift(schemaFile = CANONICAL_SCHEMA): Promise<string> {
  const work = mkdtempSync(path.join(tmpdir(), "portal-drift-"));
  try {
    const file = path.join(work, "scratch.db");
    await applyMigrations({ provider: "sqlite", file, url: `file:${file}` });
    const { default: Database } = await import("better-sqlite3");
    const db = new Database(file);
    try {
      for (const statement of SET_ASIDE.sqlite) db.exec(statement);
    } finally {
      db.close();
    }
    return diffDatabaseFromSchema("sqlite", schemaFile, { SQLITE_CLI_URL: `file:${file}` }, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// The catalog of a PostgreSQL database as sorted lines, one per column, index and constraint.
const CATALOG_QUERY = `
  SELECT format('column %s.%s %s %s null=%s default=%s', table_name, column_name, data_type, udt_name, is_nullable,
                coalesce(column_default, '-')) AS line
  FROM information_schema.columns WHERE table_schema = 'public'
  UNION ALL SELECT format('index %s', indexdef) FROM pg_indexes WHERE schemaname = 'public'
  UNION ALL SELECT format('constraint %s on %s: %s', conname, conrelid::regclass, pg_get_constraintdef(oid))
  FROM pg_constraint WHERE connamespace = 'public'::regnamespace
  UNION ALL SELECT format('enum %s: %s', t.typname, e.enumlabel) FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
  ORDER BY line`;

async function catalog(url: string, before: string[]): Promise<string[]> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of before) await client.query(statement);
    const { rows } = await client.query<{ line: string }>(CATALOG_QUERY);
    return rows.map(({ line }) => line);
  } finally {
    await client.end();
  }
}

/**
 * The PostgreSQL difference between the migrations and `schemaFile` ("" when there is none).
 * Prisma 6 cannot read a PostgreSQL database back through its JavaScript engine (the pg
 * adapter refuses the catalog's "name" columns), so here `prisma migrate diff --from-empty`
 * writes the schema file's own SQL into a second scratch database, and the two catalogs are
 * compared line by line.
 */
export async function postgresDrift(schemaFile = POSTGRES_SCHEMA, url = DRIFT_POSTGRES_URL): Promise<string> {
  const expectedUrl = url.replace(/\/([^/?]+)(\?|$)/, "/$1_expected$2");
  await Promise.all([recreatePostgresDatabase(url), recreatePostgresDatabase(expectedUrl)]);
  await applyMigrations({ provider: "postgres", url });
  const rendered = prisma(
    ["migrate", "diff", "--config", CONFIG.postgres, "--from-empty", "--to-schema-datamodel", schemaFile, "--script"],
    { POSTGRES_CLI_URL: expectedUrl },
  );
  if (rendered.status !== 0) throw new Error(`prisma migrate diff (postgres) thất bại:\n${rendered.stdout}${rendered.stderr}`);
  const [migrated, expected] = await Promise.all([catalog(url, SET_ASIDE.postgres), catalog(expectedUrl, [rendered.stdout])]);
  const lines = (from: string[], notIn: string[], sign: string) => from.filter((line) => !notIn.includes(line)).map((line) => `${sign} ${line}`);
  return [...lines(expected, migrated, "+"), ...lines(migrated, expected, "-")].join("\n");
}

/** Problems that need no database: the derived schema, the snapshot, the two migration lists. */
export function fileDrift(): string[] {
  const problems: string[] = [];
  const canonical = readFileSync(CANONICAL_SCHEMA, "utf8");
  if (readFileSync(POSTGRES_SCHEMA, "utf8") !== derivePostgresSchema(canonical)) {
    problems.push(`${POSTGRES_SCHEMA} không được sinh từ ${CANONICAL_SCHEMA}: chạy npx tsx scripts/derive-postgres-schema.ts`);
  }
  const snapshotDiff = diffSchemas("sqlite", SCHEMA_SNAPSHOT, CANONICAL_SCHEMA);
  if (snapshotDiff) problems.push(`${SCHEMA_SNAPSHOT} khác ${CANONICAL_SCHEMA}:\n${snapshotDiff}`);
  const names = (provider: Provider) => listMigrations(provider).map(({ name }) => name).join("\n");
  if (names("sqlite") !== names("postgres")) {
    problems.push(`Hai cơ sở dữ liệu không có cùng các migration:\nSQLite:\n${names("sqlite")}\nPostgreSQL:\n${names("postgres")}`);
  }
  return problems;
}

async function main() {
  const problems = fileDrift();
  const sqlite = await sqliteDrift();
  if (sqlite) problems.push(`Các migration SQLite không tạo ra ${CANONICAL_SCHEMA}; còn thiếu:\n${sqlite}`);
  if (await postgresReachable(DRIFT_POSTGRES_URL, "kiểm tra lệch lược đồ trên PostgreSQL")) {
    const postgres = await postgresDrift();
    if (postgres) problems.push(`Các migration PostgreSQL không tạo ra ${POSTGRES_SCHEMA} (+ chỉ có trong lược đồ, - chỉ có sau migration):\n${postgres}`);
  }
  if (problems.length > 0) {
    console.error(problems.join("\n\n"));
    console.error("\nTạo migration cho thay đổi lược đồ: npm run db:new-migration -- <tên>");
    process.exit(1);
  }
  console.log("Lược đồ khớp với các migration trên SQLite và PostgreSQL.");
}

if (process.argv[1]?.endsWith("check-schema-drift.ts")) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
