import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { COUNT_WINDOW_MS } from "@/lib/counters/count-once";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-error";
import { countDocument, documentCounter } from "./count-document";
import { publicDocumentWhere } from "./visibility";

async function publicDocument(skip = 0) {
  const db = await getDb();
  return db.document.findFirstOrThrow({ where: publicDocumentWhere(), orderBy: { id: "asc" }, skip, select: { id: true, viewCount: true, downloadCount: true } });
}

describe("countDocument", () => {
  it("counts a visitor once per window on the counter's clock, views and downloads apart", async () => {
    let now = new Date(Date.now() + 10 * COUNT_WINDOW_MS);
    const count = documentCounter(() => now);
    const { id: documentId, viewCount, downloadCount } = await publicDocument();
    const visitorId = randomUUID();
    const view = () => count({ kind: "document-view", documentId, visitorId });
    expect(await view()).toEqual({ views: viewCount + 1, downloads: downloadCount, counted: true });
    now = new Date(now.getTime() + COUNT_WINDOW_MS - 1);
    expect(await view()).toEqual({ views: viewCount + 1, downloads: downloadCount, counted: false });
    expect(await count({ kind: "document-download", documentId, visitorId })).toEqual({ views: viewCount + 1, downloads: downloadCount + 1, counted: true });
    now = new Date(now.getTime() + 1);
    expect(await view()).toEqual({ views: viewCount + 2, downloads: downloadCount + 1, counted: true });
  });

  it("only reads the totals for a crawler, and refuses drafts and unknown documents", async () => {
    const db = await getDb();
    const { id: documentId, viewCount, downloadCount } = await publicDocument();
    expect(await countDocument({ kind: "document-view", documentId, visitorId: null })).toEqual({ views: viewCount, downloads: downloadCount, counted: false });
    const draft = await db.document.findFirst({ where: { status: "draft" }, select: { id: true, viewCount: true } });
    for (const id of [...(draft ? [draft.id] : []), 987_654]) {
      const refused = await countDocument({ kind: "document-view", documentId: id, visitorId: randomUUID() }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(NotFoundError);
    }
    if (draft) expect((await db.document.findUniqueOrThrow({ where: { id: draft.id } })).viewCount).toBe(draft.viewCount);
  });

  it("loses no update: 250 concurrent views and downloads from distinct visitors add exactly 250 each", async () => {
    const db = await getDb();
    const { id: documentId, viewCount, downloadCount } = await publicDocument(1);
    const results = await Promise.all(
      Array.from({ length: 250 }, () => randomUUID()).flatMap((visitorId) => [
        countDocument({ kind: "document-view", documentId, visitorId }),
        countDocument({ kind: "document-download", documentId, visitorId }),
      ]),
    );
    expect(results.every((result) => result.counted)).toBe(true);
    const after = await db.document.findUniqueOrThrow({ where: { id: documentId } });
    expect([after.viewCount, after.downloadCount]).toEqual([viewCount + 250, downloadCount + 250]);
  });

  it("counts one of many racing views of one visitor", async () => {
    const db = await getDb();
    const { id: documentId, viewCount } = await publicDocument(2);
    const visitorId = randomUUID();
    const results = await Promise.all(Array.from({ length: 30 }, () => countDocument({ kind: "document-view", documentId, visitorId })));
    expect(results.filter((result) => result.counted)).toHaveLength(1);
    expect((await db.document.findUniqueOrThrow({ where: { id: documentId } })).viewCount).toBe(viewCount + 1);
  });
});
