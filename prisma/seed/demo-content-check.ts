import { existsSync } from "node:fs";
import type { DatabaseTarget } from "@/lib/db/database-url";
import { adminEmail } from "./demo-admin";

/** Set in the settings table once the demo content is in. */
export const SEEDED_MARKER = "demo-content-seeded-at";

/**
 * Whether the demo content and the editor account are already in place, read with the
 * database driver alone: `npm start` on a prepared install then does not load Prisma, which
 * costs most of a second. (With ADMIN_PASSWORD set the full seed step runs anyway: the
 * configured password has to be checked against the account's.)
 */
export async function isDemoContentInPlace(target: DatabaseTarget): Promise<boolean> {
  // Placeholders: $n on PostgreSQL, ? on SQLite; EXISTS gives true/false or 1/0.
  const query = (first: string, second: string) =>
    `SELECT EXISTS(SELECT 1 FROM "Setting" WHERE "key" = ${first}) AS marker, EXISTS(SELECT 1 FROM "User" WHERE "email" = ${second}) AS admin`;
  try {
    if (target.provider === "sqlite") {
      if (!existsSync(target.file)) return false;
      const { default: Database } = await import("better-sqlite3");
      const db = new Database(target.file, { readonly: true, fileMustExist: true });
      try {
        const row = db.prepare(query("?", "?")).get(SEEDED_MARKER, adminEmail()) as { marker: number; admin: number };
        return Boolean(row.marker) && Boolean(row.admin);
      } finally {
        db.close();
      }
    }
    const { Client } = await import("pg");
    const client = new Client({ connectionString: target.url });
    await client.connect();
    try {
      const { rows } = await client.query(query("$1", "$2"), [SEEDED_MARKER, adminEmail()]);
      return Boolean(rows[0].marker) && Boolean(rows[0].admin);
    } finally {
      await client.end();
    }
  } catch {
    // Tables missing or the database unreadable: the full preparation runs and reports it.
    return false;
  }
}
