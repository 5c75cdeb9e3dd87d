import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { claimAndIncrement, claimAndIncrementMany, claimCount, COUNT_WINDOW_MS, PRUNE_EVERY_MS, pruneCountMarks } from "./count-once";

const t0 = new Date("2026-11-26T02:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

describe("claimCount", () => {
  it("counts a visitor once per window, then again after it", async () => {
    const db = await getDb();
    const mark = { kind: "article-view" as const, targetId: 900_001, visitorId: randomUUID() };
    expect(await claimCount(db, { ...mark, now: t0 })).toBe(true);
    expect(await claimCount(db, { ...mark, now: later(60_000) })).toBe(false);
    expect(await claimCount(db, { ...mark, now: later(COUNT_WINDOW_MS - 1) })).toBe(false);
    expect(await claimCount(db, { ...mark, now: later(COUNT_WINDOW_MS) })).toBe(true);
    // The window restarts from the last counted time, not from the first.
    expect(await claimCount(db, { ...mark, now: later(COUNT_WINDOW_MS + 60_000) })).toBe(false);
  });

  it("keeps visitors, targets and kinds apart", async () => {
    const db = await getDb();
    const visitorId = randomUUID();
    expect(await claimCount(db, { kind: "article-view", targetId: 900_002, visitorId, now: t0 })).toBe(true);
    expect(await claimCount(db, { kind: "article-view", targetId: 900_003, visitorId, now: t0 })).toBe(true);
    expect(await claimCount(db, { kind: "document-view", targetId: 900_002, visitorId, now: t0 })).toBe(true);
    expect(await claimCount(db, { kind: "article-view", targetId: 900_002, visitorId: randomUUID(), now: t0 })).toBe(true);
  });

  it("lets exactly one of many racing requests from one visitor count", async () => {
    const db = await getDb();
    const mark = { kind: "document-download" as const, targetId: 900_004, visitorId: randomUUID(), now: t0 };
    const results = await Promise.all(Array.from({ length: 50 }, () => claimCount(db, mark)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("prunes marks older than the window, and only those", async () => {
    const db = await getDb();
    const fresh = { kind: "article-view" as const, targetId: 900_005, visitorId: randomUUID() };
    await claimCount(db, { ...fresh, now: later(10 * COUNT_WINDOW_MS) });
    await pruneCountMarks(db, later(10 * COUNT_WINDOW_MS + 1000));
    expect(await db.counterMark.count({ where: { targetId: 900_005 } })).toBe(1);
    expect(await db.counterMark.count({ where: { targetId: 900_001 } })).toBe(0);
  });
});

describe("pruning while counting", () => {
  it("drops marks older than the window once a minute, without anyone calling pruneCountMarks", async () => {
    const db = await getDb();
    const old = { kind: "article-view" as const, targetId: 900_006, visitorId: randomUUID() };
    await claimCount(db, { ...old, now: new Date(Date.now() - 2 * COUNT_WINDOW_MS) });
    expect(await db.counterMark.count({ where: { visitorId: old.visitorId } })).toBe(1);
    const wallClock = Date.now();
    const clock = vi.spyOn(Date, "now").mockReturnValue(wallClock + PRUNE_EVERY_MS + 1);
    try {
      const fresh = { kind: "article-view" as const, targetId: 900_006, visitorId: randomUUID() };
      await claimAndIncrement(db, fresh);
      expect(await db.counterMark.count({ where: { visitorId: old.visitorId } })).toBe(0);
      expect(await db.counterMark.count({ where: { visitorId: fresh.visitorId } })).toBe(1);
    } finally {
      clock.mockRestore();
    }
  });
});

describe("claimAndIncrement", () => {
  it("adds to the right total once per window and answers it; a repeat inside the window adds nothing", async () => {
    const db = await getDb();
    const document = await db.document.findFirstOrThrow({ select: { id: true, viewCount: true, downloadCount: true } });
    const mark = { kind: "document-download" as const, targetId: document.id, visitorId: randomUUID() };
    expect(await claimAndIncrement(db, { ...mark, now: t0 })).toBe(document.downloadCount + 1);
    expect(await claimAndIncrement(db, { ...mark, now: later(COUNT_WINDOW_MS - 1) })).toBeNull();
    expect(await claimAndIncrement(db, { ...mark, now: later(COUNT_WINDOW_MS) })).toBe(document.downloadCount + 2);
    const after = await db.document.findUniqueOrThrow({ where: { id: document.id }, select: { viewCount: true, downloadCount: true } });
    expect(after).toEqual({ viewCount: document.viewCount, downloadCount: document.downloadCount + 2 });
  });

  it("counts one of many racing calls from one visitor, and all of many visitors", async () => {
    const db = await getDb();
    const document = await db.document.findFirstOrThrow({ select: { id: true, viewCount: true } });
    const visitorId = randomUUID();
    const same = await Promise.all(Array.from({ length: 20 }, () => claimAndIncrement(db, { kind: "document-view", targetId: document.id, visitorId })));
    expect(same.filter((total) => total !== null)).toHaveLength(1);
    const distinct = await Promise.all(Array.from({ length: 50 }, () => claimAndIncrement(db, { kind: "document-view", targetId: document.id, visitorId: randomUUID() })));
    expect(new Set(distinct).size).toBe(50);
    expect((await db.document.findUniqueOrThrow({ where: { id: document.id } })).viewCount).toBe(document.viewCount + 51);
  });
});

describe("claimAndIncrementMany", () => {
  it("counts a batch in a few statements: consecutive totals per target, repeats and missing targets null", async () => {
    const db = await getDb();
    const [first, second] = await db.document.findMany({ select: { id: true, viewCount: true }, orderBy: { id: "asc" }, take: 2 });
    const [a, b, c, seen] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await claimCount(db, { kind: "document-view", targetId: first.id, visitorId: seen, now: t0 });
    const totals = await claimAndIncrementMany(
      db,
      "document-view",
      [
        { targetId: first.id, visitorId: a },
        { targetId: second.id, visitorId: a },
        { targetId: first.id, visitorId: seen }, // counted earlier in the window
        { targetId: first.id, visitorId: b },
        { targetId: first.id, visitorId: a }, // a repeat inside this batch
        { targetId: 987_654, visitorId: c }, // no such document
        { targetId: second.id, visitorId: c },
      ],
      { now: later(60_000) },
    );
    expect(totals).toEqual([first.viewCount + 1, second.viewCount + 1, null, first.viewCount + 2, null, null, second.viewCount + 2]);
    const after = await db.document.findMany({ where: { id: { in: [first.id, second.id] } }, select: { viewCount: true }, orderBy: { id: "asc" } });
    expect(after.map((row) => row.viewCount)).toEqual([first.viewCount + 2, second.viewCount + 2]);
  });

  it("counts again after the window, and nothing for an empty batch", async () => {
    const db = await getDb();
    const document = await db.document.findFirstOrThrow({ select: { id: true, downloadCount: true } });
    const mark = { targetId: document.id, visitorId: randomUUID() };
    expect(await claimAndIncrementMany(db, "document-download", [], { now: t0 })).toEqual([]);
    expect(await claimAndIncrementMany(db, "document-download", [mark], { now: t0 })).toEqual([document.downloadCount + 1]);
    expect(await claimAndIncrementMany(db, "document-download", [mark], { now: later(COUNT_WINDOW_MS - 1) })).toEqual([null]);
    expect(await claimAndIncrementMany(db, "document-download", [mark, mark], { now: later(COUNT_WINDOW_MS) })).toEqual([document.downloadCount + 2, null]);
  });
});
