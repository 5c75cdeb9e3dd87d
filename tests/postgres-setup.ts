import type { TestProject } from "vitest/node";
import { recreatePostgresDatabase } from "../scripts/recreate-postgres-database";
import { applyTestPasswords } from "./test-passwords";

/**
 * A fresh PostgreSQL database for the "postgres" project (every *.int.test.ts and *.pg.test.ts):
 * dropped and created again, migrated by the portal's own runner and seeded with the demo
 * content through the PostgreSQL client, as tests/integration-setup.ts does for SQLite.
 * vitest.config.mts leaves the project out when no PostgreSQL answers.
 */
export default async function setup(project: TestProject) {
  const url = project.config.env.DATABASE_URL as string;
  await recreatePostgresDatabase(url);
  const previousUrl = process.env.DATABASE_URL;
  const previousUploads = process.env.UPLOAD_DIR;
  process.env.DATABASE_URL = url;
  process.env.UPLOAD_DIR = project.config.env.UPLOAD_DIR as string;
  applyTestPasswords();
  try {
    const { prepareDatabase } = await import("../scripts/prepare-database");
    await prepareDatabase("demo");
  } finally {
    process.env.DATABASE_URL = previousUrl;
    process.env.UPLOAD_DIR = previousUploads;
  }
}
