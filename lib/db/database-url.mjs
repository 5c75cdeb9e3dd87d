// Plain JavaScript: `npm start` reads the database target before anything needs a TypeScript
// loader (scripts/start.mjs); the TypeScript code imports it through database-url.ts.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./.data/portal.db";

/**
 * Reads DATABASE_URL (default: the embedded SQLite file). A `file:` URL selects SQLite,
 * `postgres://` or `postgresql://` selects PostgreSQL; anything else is refused with a
 * message a person running the portal can act on.
 */
export function resolveDatabaseTarget(raw = process.env.DATABASE_URL || DEFAULT_DATABASE_URL) {
  if (raw.startsWith("file:")) {
    const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), raw.slice("file:".length));
    return { provider: "sqlite", url: `file:${file}`, file };
  }
  if (raw.startsWith("postgres://") || raw.startsWith("postgresql://")) {
    return { provider: "postgres", url: raw };
  }
  throw new Error(
    `DATABASE_URL không hợp lệ: "${raw}". Dùng file:./.data/portal.db (SQLite) hoặc postgres://người-dùng@máy-chủ/cơ-sở-dữ-liệu (PostgreSQL).`,
  );
}
