import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/lib/db/client";
import { latestContentChangeId, readContentChanges, recordContentChanges } from "./content-changes";
import { takeLocalContentChange } from "./page-cache-signal";

afterAll(() => closeDb());

describe("the content change log", () => {
  it("forgets changes older than a day", async () => {
    const db = await getDb();
    const old = await db.contentChange.create({ data: { tag: "articles", changedAt: new Date(Date.now() - 25 * 3600_000) } });
    await recordContentChanges(db, ["documents"]);
    expect(await db.contentChange.findUnique({ where: { id: old.id } })).toBeNull();
  });

  it("records each tag once per write, in order, and tells this instance's cache", async () => {
    const db = await getDb();
    const before = await latestContentChangeId();
    takeLocalContentChange();
    await recordContentChanges(db, ["articles", "article:5", "articles"]);
    expect(takeLocalContentChange()).toBe(true);
    expect(takeLocalContentChange()).toBe(false);
    const rows = await readContentChanges(before);
    expect(rows.map((row) => row.tag)).toEqual(["articles", "article:5"]);
    expect(rows[1].id).toBeGreaterThan(rows[0].id);
    expect(await latestContentChangeId()).toBe(rows[1].id);
    await recordContentChanges(db, []);
    expect(await latestContentChangeId()).toBe(rows[1].id);
  });

  it("commits or rolls back with the write it belongs to", async () => {
    const db = await getDb();
    const before = await latestContentChangeId();
    await expect(
      db.$transaction(async (tx) => {
        await recordContentChanges(tx, ["documents"]);
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    expect(await readContentChanges(before)).toEqual([]);
  });
});
