import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import { testActor } from "@/tests/test-actor";
import { getDb, type Db } from "@/lib/db/client";
import { acquireEditLock, lockArticleForEditing, otherLockHolder, releaseEditLock } from "./edit-lock";
import { EDIT_LOCK_TIMEOUT_MS } from "./edit-lock-timing";

let db: Db;
let articleId: number;
const people: Record<"an" | "binh" | "admin", Actor> = {} as never;
const t0 = new Date("2026-11-26T02:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

beforeAll(async () => {
  db = await getDb();
  for (const [key, role] of [["an", "editor"], ["binh", "publisher"], ["admin", "admin"]] as const) {
    const row = await db.user.create({ data: { email: `khoa-${key}@sonha.invalid`, name: `Người ${key}`, passwordHash: "x", role } });
    people[key] = testActor({ id: row.id, name: row.name, role });
  }
  articleId = (await db.article.findFirstOrThrow()).id;
  await db.editLock.deleteMany({ where: { articleId } });
});

afterAll(async () => {
  // Their locks go with them (EditLock cascades on the user).
  await db.user.deleteMany({ where: { email: { startsWith: "khoa-" } } });
});

describe("edit lock", () => {
  it("tells a second person who holds it, until it lapses after 3 minutes", async () => {
    expect(await acquireEditLock(articleId, people.an, { now: t0 })).toEqual({ held: true });
    const second = await acquireEditLock(articleId, people.binh, { now: later(60_000) });
    expect(second).toMatchObject({ held: false, holder: { userId: people.an.id, name: "Người an" } });
    expect(await otherLockHolder(articleId, people.binh.id, later(60_000))).toMatchObject({ name: "Người an" });

    // A heartbeat keeps it alive past the original three minutes.
    expect(await acquireEditLock(articleId, people.an, { now: later(120_000) })).toEqual({ held: true });
    expect((await acquireEditLock(articleId, people.binh, { now: later(120_000 + EDIT_LOCK_TIMEOUT_MS - 1) })).held).toBe(false);
    // Without one it lapses and the next person takes it.
    expect(await acquireEditLock(articleId, people.binh, { now: later(120_000 + EDIT_LOCK_TIMEOUT_MS) })).toEqual({ held: true });
    expect(await otherLockHolder(articleId, people.an.id, later(120_000 + EDIT_LOCK_TIMEOUT_MS))).toMatchObject({ name: "Người binh" });
  });

  it("lets only an admin take over a live lock, and audits it", async () => {
    const now = later(10 * 60_000);
    await acquireEditLock(articleId, people.an, { now });
    expect((await acquireEditLock(articleId, people.binh, { now, takeOver: true })).held).toBe(false);
    expect(await acquireEditLock(articleId, testActor(people.admin, "10.0.0.9"), { now, takeOver: true })).toEqual({ held: true });
    expect((await acquireEditLock(articleId, people.an, { now })).held).toBe(false);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "article.lock-takeover", targetId: articleId }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ userId: people.admin.id, ip: "10.0.0.9" });
    expect(JSON.parse(audit.detail!)).toEqual({ from: { userId: people.an.id, name: "Người an" } });
  });

  it("gives the lock to exactly one of two people opening the editor at once", async () => {
    await db.editLock.deleteMany({ where: { articleId } });
    const now = later(30 * 60_000);
    const results = await Promise.all([
      acquireEditLock(articleId, people.an, { now }),
      acquireEditLock(articleId, people.binh, { now }),
    ]);
    expect(results.filter((r) => r.held)).toHaveLength(1);
  });

  it("releases only the holder's own lock", async () => {
    const holderId = (await db.editLock.findUniqueOrThrow({ where: { articleId } })).userId;
    const [holder, other] = holderId === people.an.id ? [people.an, people.binh] : [people.binh, people.an];
    await releaseEditLock(articleId, other);
    expect(await db.editLock.count({ where: { articleId } })).toBe(1);
    await releaseEditLock(articleId, holder);
    expect(await db.editLock.count({ where: { articleId } })).toBe(0);
  });
});

describe("lockArticleForEditing", () => {
  it("gives the lock only to someone allowed to edit the article", async () => {
    const published = await db.article.findFirstOrThrow({ where: { status: "published" } });
    await db.editLock.deleteMany({ where: { articleId: published.id } });
    await expect(lockArticleForEditing(published.id, people.an)).rejects.toMatchObject({ kind: "forbidden" });
    await expect(lockArticleForEditing(999_999, people.admin)).rejects.toMatchObject({ kind: "not-found" });
    expect(await lockArticleForEditing(published.id, people.binh)).toEqual({ held: true });
    await releaseEditLock(published.id, people.binh);
  });
});
