import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { sqltag as sql } from "@prisma/client/runtime/client";
import { publicArticleWhere } from "@/lib/articles/visibility";
import { type Db, getDb } from "@/lib/db/client";
import { claimAndIncrementMany, COUNT_WINDOW_MS, type CounterKind, PRUNE_EVERY_MS, pruneCountMarks } from "./count-once";

/** One claim: the total right after its increment, or null. */
const claimAndIncrement = async (
  db: Db,
  { kind, targetId, visitorId, now }: { kind: CounterKind; targetId: number; visitorId: string; now?: Date },
) => (await claimAndIncrementMany(kind, [{ targetId, visitorId }], { now }))[0];

const t0 = new Date("2026-11-26T02:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

/** Two public documents and an article: targets whose totals the claims raise. */
async function targets() {
  const db = await getDb();
  const [first, second] = await db.document.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: 2 });
  const article = await db.article.findFirstOrThrow({ where: publicArticleWhere(), select: { id: true } });
  return { db, first: first.id, second: second.id, article: article.id };
}
const totalsOf = async (documentId: number) =>
  (await getDb()).document.findUniqueOrThrow({ where: { id: documentId }, select: { viewCount: true, downloadCount: true } });

describe("claimAndIncrement: once per window", () => {
  it("counts a visitor once per window, then again after it, from the last counted time", async () => {
    const { db, first } = await targets();
    const mark = { kind: "document-view" as const, targetId: first, visitorId: randomUUID() };
    const { viewCount } = await totalsOf(first);
    expect(await claimAndIncrement(db, { ...mark, now: t0 })).toBe(viewCount + 1);
    expect(await claimAndIncrement(db, { ...mark, now: later(60_000) })).toBeNull();
    expect(await claimAndIncrement(db, { ...mark, now: later(COUNT_WINDOW_MS - 1) })).toBeNull();
    expect(await claimAndIncrement(db, { ...mark, now: later(COUNT_WINDOW_MS) })).toBe(viewCount + 2);
    expect(await claimAndIncrement(db, { ...mark, now: later(COUNT_WINDOW_MS + 60_000) })).toBeNull();
    expect((await totalsOf(first)).viewCount).toBe(viewCount + 2);
  });

  it("keeps visitors, targets and kinds apart, and raises only the kind's own total", async () => {
    const { db, first, second, article } = await targets();
    const visitorId = randomUUID();
    const [before1, before2] = [await totalsOf(first), await totalsOf(second)];
    const articleViews = (await db.article.findUniqueOrThrow({ where: { id: article } })).viewCount;
    expect(await claimAndIncrement(db, { kind: "document-view", targetId: first, visitorId, now: t0 })).toBe(before1.viewCount + 1);
    expect(await claimAndIncrement(db, { kind: "document-view", targetId: second, visitorId, now: t0 })).toBe(before2.viewCount + 1);
    expect(await claimAndIncrement(db, { kind: "document-download", targetId: first, visitorId, now: t0 })).toBe(before1.downloadCount + 1);
    expect(await claimAndIncrement(db, { kind: "document-view", targetId: first, visitorId: randomUUID(), now: t0 })).toBe(before1.viewCount + 2);
    expect(await claimAndIncrement(db, { kind: "article-view", targetId: article, visitorId, now: t0 })).toBe(articleViews + 1);
    expect(await totalsOf(first)).toEqual({ viewCount: before1.viewCount + 2, downloadCount: before1.downloadCount + 1 });
    expect(await totalsOf(second)).toEqual({ viewCount: before2.viewCount + 1, downloadCount: before2.downloadCount });
  });

  it("claims nothing for a target that is not there or not eligible", async () => {
    const { db, article } = await targets();
    const visitorId = randomUUID();
    expect(await claimAndIncrement(db, { kind: "document-view", targetId: 987_654, visitorId })).toBeNull();
    const views = (await db.article.findUniqueOrThrow({ where: { id: article } })).viewCount;
    const [total] = await claimAndIncrementMany("article-view", [{ targetId: article, visitorId }], { eligible: sql`1 = 0` });
    expect(total).toBeNull();
    expect((await db.article.findUniqueOrThrow({ where: { id: article } })).viewCount).toBe(views);
    expect(await db.counterMark.count({ where: { visitorId } })).toBe(0);
  });

  it("prunes marks older than the window, and only those", async () => {
    const { db, first } = await targets();
    const [old, fresh] = [randomUUID(), randomUUID()];
    await claimAndIncrement(db, { kind: "document-view", targetId: first, visitorId: old, now: later(10 * COUNT_WINDOW_MS) });
    await claimAndIncrement(db, { kind: "document-view", targetId: first, visitorId: fresh, now: later(11 * COUNT_WINDOW_MS) });
    await pruneCountMarks(later(11 * COUNT_WINDOW_MS + 1000));
    expect(await db.counterMark.count({ where: { visitorId: fresh } })).toBe(1);
    expect(await db.counterMark.count({ where: { visitorId: old } })).toBe(0);
  });
});

describe("pruning while counting", () => {
  it("drops marks older than the window once a minute, without anyone calling pruneCountMarks", async () => {
    const { db, first } = await targets();
    const old = randomUUID();
    await claimAndIncrement(db, { kind: "document-download", targetId: first, visitorId: old, now: new Date(Date.now() - 2 * COUNT_WINDOW_MS) });
    expect(await db.counterMark.count({ where: { visitorId: old } })).toBe(1);
    const wallClock = Date.now();
    const clock = vi.spyOn(Date, "now").mockReturnValue(wallClock + PRUNE_EVERY_MS + 1);
    try {
      const fresh = randomUUID();
      await claimAndIncrement(db, { kind: "document-download", targetId: first, visitorId: fresh });
      expect(await db.counterMark.count({ where: { visitorId: old } })).toBe(0);
      expect(await db.counterMark.count({ where: { visitorId: fresh } })).toBe(1);
    } finally {
      clock.mockRestore();
    }
  });
});

describe("claimAndIncrement: totals", () => {
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
    // Every one counts, and each answers the total its own increment wrote: on both databases the
    // increment returns it in the claim's transaction, so overlapping calls never share a total.
    expect([...distinct].sort((a, b) => a! - b!)).toEqual(Array.from({ length: 50 }, (_, index) => document.viewCount + 2 + index));
    expect((await db.document.findUniqueOrThrow({ where: { id: document.id } })).viewCount).toBe(document.viewCount + 51);
  });
});

describe("claimAndIncrementMany", () => {
  it("counts a batch in a few statements: consecutive totals per target, repeats and missing targets null", async () => {
    const { db, first: firstId } = await targets();
    const [a, b, c, seen] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await claimAndIncrement(db, { kind: "document-view", targetId: firstId, visitorId: seen, now: t0 });
    const [first, second] = await db.document.findMany({ select: { id: true, viewCount: true }, orderBy: { id: "asc" }, take: 2 });
    const totals = await claimAndIncrementMany(
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
    expect(await claimAndIncrementMany("document-download", [], { now: t0 })).toEqual([]);
    expect(await claimAndIncrementMany("document-download", [mark], { now: t0 })).toEqual([document.downloadCount + 1]);
    expect(await claimAndIncrementMany("document-download", [mark], { now: later(COUNT_WINDOW_MS - 1) })).toEqual([null]);
    expect(await claimAndIncrementMany("document-download", [mark, mark], { now: later(COUNT_WINDOW_MS) })).toEqual([document.downloadCount + 2, null]);
  });
});
