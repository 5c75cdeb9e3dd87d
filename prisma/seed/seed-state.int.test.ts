import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { PUBLISHED_PASSWORDS_CHECKED_MARKER, readSeedState, SEEDED_MARKER } from "./seed-state.mjs";

describe("readSeedState", () => {
  it("sees the seeded test database: demo content, checked accounts, an administrator", async () => {
    expect(await readSeedState(resolveDatabaseTarget())).toEqual({ demoContent: true, passwordsChecked: true, administrator: true });
  });

  it("reads each marker from the database", async () => {
    const db = await getDb();
    const marker = await db.setting.findUniqueOrThrow({ where: { key: PUBLISHED_PASSWORDS_CHECKED_MARKER } });
    await db.setting.delete({ where: { key: marker.key } });
    try {
      expect(await readSeedState(resolveDatabaseTarget())).toEqual({ demoContent: true, passwordsChecked: false, administrator: true });
    } finally {
      await db.setting.create({ data: marker });
    }
    expect((await db.setting.findUnique({ where: { key: SEEDED_MARKER } }))?.value).toBeTruthy();
  });

  it("finds nothing done in a database file that does not exist or has no tables", async () => {
    const nothing = { demoContent: false, passwordsChecked: false, administrator: false };
    const folder = mkdtempSync(path.join(tmpdir(), "portal-check-"));
    expect(await readSeedState(resolveDatabaseTarget(`file:${path.join(folder, "none.db")}`))).toEqual(nothing);
    const { default: Database } = await import("better-sqlite3");
    new Database(path.join(folder, "empty.db")).close();
    expect(await readSeedState(resolveDatabaseTarget(`file:${path.join(folder, "empty.db")}`))).toEqual(nothing);
  });
});
