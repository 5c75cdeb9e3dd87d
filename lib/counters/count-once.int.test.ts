import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { claimAndIncrement, claimCount, COUNT_WINDOW_MS, pruneCountMarks } from "./count-once";

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
