import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseTarget } from "./database-url";

// Prisma's own `migrate deploy` cannot reach PostgreSQL through the JavaScript engine
// (see ../shared/STACK.md), so both databases use this small runner: ordered SQL folders,
// each applied in one transaction and recorded by name.

const MIGRATIONS_TABLE = "_portal_migrations";
// Any constant works; it only has to be the same for every instance of the portal.
const POSTGRES_LOCK_KEY = 74_201_926;

export function migrationsFolder(provider: DatabaseTarget["provider"]): string {
  return path.join(process.cwd(), "prisma", "migrations", provider);
}

export function listMigrations(provider: DatabaseTarget["provider"]): { name: string; sql: string }[] {
  const folder = migrationsFolder(provider);
  if (!existsSync(folder)) throw new Error(`Không tìm thấy thư mục migration ${folder}`);
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(folder, name, "migration.sql"), "utf8") }));
}

/** Applies every pending migration; returns the names applied now. Safe to run concurrently. */
export async function applyMigrations(target: DatabaseTarget): Promise<string[]> {
  const migrations = listMigrations(target.provider);
  return target.provider === "sqlite" ? applySqlite(target.file, migrations) : applyPostgres(target.url, migrations);
}

async function applySqlite(file: string, migrations: { name: string; sql: string }[]): Promise<string[]> {
  const { default: Database } = await import("better-sqlite3");
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma("busy_timeout = 10000");
    // WAL is a property of the file: set once here, every later connection reads and writes concurrently.
    db.pragma("journal_mode = WAL");
    db.exec(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`);
    const applied: string[] = [];
    const isApplied = db.prepare(`SELECT 1 FROM ${MIGRATIONS_TABLE} WHERE name = ?`);
    const record = db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (name, applied_at) VALUES (?, ?)`);
    for (const migration of migrations) {
      const apply = db.transaction(() => {
        if (isApplied.get(migration.name)) return;
        db.exec(migration.sql);
        record.run(migration.name, new Date().toISOString());
        applied.push(migration.name);
      });
      apply.immediate();
    }
    return applied;
  } finally {
    db.close();
  }
}

async function applyPostgres(url: string, migrations: { name: string; sql: string }[]): Promise<string[]> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [POSTGRES_LOCK_KEY]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE}`);
    const done = new Set(rows.map((row) => row.name));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (name) VALUES ($1)`, [migration.name]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${migration.name} thất bại: ${(error as Error).message}`);
      }
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [POSTGRES_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
