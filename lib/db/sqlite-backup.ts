import { mkdirSync } from "node:fs";
import path from "node:path";

/**
 * A consistent copy of a SQLite database while the portal keeps running, through SQLite's online
 * backup: unlike copying the file, it includes what is still only in the write-ahead log, and
 * readers and writers go on meanwhile. The copy is a plain database file, restored by putting it
 * back in place (with the server stopped).
 */
export async function backupSqlite(source: string, destination: string): Promise<void> {
  const { default: Database } = await import("better-sqlite3");
  mkdirSync(path.dirname(destination), { recursive: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 10000");
    await db.backup(destination);
  } finally {
    db.close();
  }
}
