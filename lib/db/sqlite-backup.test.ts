import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { backupSqlite } from "./sqlite-backup";

const folder = mkdtempSync(path.join(tmpdir(), "portal-backup-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("backupSqlite", () => {
  it("copies a live WAL database whole, including writes not yet checkpointed into the file", async () => {
    const source = path.join(folder, "live.db");
    const live = new Database(source);
    live.pragma("journal_mode = WAL");
    live.pragma("wal_autocheckpoint = 0");
    live.exec("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
    const insert = live.prepare("INSERT INTO note (text) VALUES (?)");
    live.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run(`Ghi chú số ${i}`);
    })();
    // The server still has the database open and its last writes sit in the -wal file.
    const backup = path.join(folder, "copies", "backup.db");
    await backupSqlite(source, backup);
    insert.run("Viết sau khi sao lưu");
    live.close();

    const copy = new Database(backup, { readonly: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(copy.prepare("SELECT count(*) AS n FROM note").get()).toEqual({ n: 500 });
      expect(copy.prepare("SELECT text FROM note WHERE id = 500").get()).toEqual({ text: "Ghi chú số 499" });
    } finally {
      copy.close();
    }
  });
});
