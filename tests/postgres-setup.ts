import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Why PostgreSQL tests are skipped, or null when the test database is ready. */
    postgresUnavailable: string | null;
  }
}

/**
 * A fresh PostgreSQL database for the *.pg.test.ts files: dropped and created again, migrated by
 * the portal's own runner and seeded with the demo content through the PostgreSQL client.
 * Where no PostgreSQL answers, the tests are skipped with the reason instead of failing.
 */
export default async function setup(project: TestProject) {
  const url = new URL(project.config.env.DATABASE_URL as string);
  const database = url.pathname.slice(1);
  const { Client } = await import("pg");
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const admin = new Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch (error) {
    project.provide("postgresUnavailable", `PostgreSQL ${maintenance.host} không truy cập được: ${(error as Error).message}`);
    return;
  }
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }

  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url.toString();
  try {
    const [{ resolveDatabaseTarget }, { applyMigrations }, { getDb, closeDb }, { seedDemoContent }] = await Promise.all([
      import("../lib/db/database-url"),
      import("../lib/db/migrate"),
      import("../lib/db/client"),
      import("../prisma/seed/seed-demo-content"),
    ]);
    await applyMigrations(resolveDatabaseTarget());
    await closeDb();
    await seedDemoContent(await getDb());
    await closeDb();
  } finally {
    process.env.DATABASE_URL = previousUrl;
  }
  project.provide("postgresUnavailable", null);
}
