import pg from "pg";

/**
 * Drops and creates the database a postgres:// URL names, through the server's `postgres`
 * database: test runs (Vitest's "postgres" project, the PostgreSQL e2e pass) each start empty.
 */
export async function recreatePostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/i.test(database)) throw new Error(`Tên cơ sở dữ liệu kiểm thử không hợp lệ: "${database}"`);
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 5_000 });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
}
