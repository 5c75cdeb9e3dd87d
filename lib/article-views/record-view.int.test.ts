import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { publicArticleWhere } from "@/lib/articles/visibility";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-error";
import { recordArticleView } from "./record-view";

async function publicArticleIds(count: number) {
  const db = await getDb();
  const rows = await db.article.findMany({ where: publicArticleWhere(), select: { id: true }, orderBy: { id: "asc" }, take: count });
  return rows.map((row) => row.id);
}

async function viewsOf(articleId: number) {
  const db = await getDb();
  return (await db.article.findUniqueOrThrow({ where: { id: articleId } })).viewCount;
}

describe("recordArticleView", () => {
  it("counts a visitor once per window and answers the live total either way", async () => {
    const [articleId] = await publicArticleIds(1);
    const before = await viewsOf(articleId);
    const visitorId = randomUUID();
    expect(await recordArticleView({ articleId, visitorId })).toEqual({ views: before + 1, counted: true });
    expect(await recordArticleView({ articleId, visitorId })).toEqual({ views: before + 1, counted: false });
    expect(await recordArticleView({ articleId, visitorId: randomUUID() })).toEqual({ views: before + 2, counted: true });
    expect(await viewsOf(articleId)).toBe(before + 2);
  });

  it("only reads the total for a crawler (no visitor)", async () => {
    const [articleId] = await publicArticleIds(1);
    const before = await viewsOf(articleId);
    expect(await recordArticleView({ articleId, visitorId: null })).toEqual({ views: before, counted: false });
    expect(await viewsOf(articleId)).toBe(before);
  });

  it("refuses drafts, scheduled and unknown articles as not found and counts nothing", async () => {
    const db = await getDb();
    const hidden = await db.article.findMany({ where: { NOT: publicArticleWhere() }, select: { id: true, viewCount: true } });
    expect(hidden.length).toBeGreaterThan(0);
    for (const article of [...hidden, { id: 987_654, viewCount: 0 }]) {
      const error = await recordArticleView({ articleId: article.id, visitorId: randomUUID() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
    }
    for (const article of hidden) expect(await viewsOf(article.id)).toBe(article.viewCount);
  });

  it("loses no update: 250 concurrent views from distinct visitors add exactly 250", async () => {
    const [, articleId] = await publicArticleIds(2);
    const before = await viewsOf(articleId);
    const results = await Promise.all(
      Array.from({ length: 250 }, () => recordArticleView({ articleId, visitorId: randomUUID() })),
    );
    expect(results.every((result) => result.counted)).toBe(true);
    expect(await viewsOf(articleId)).toBe(before + 250);
    // Each answer is the total right after its own increment, so all are distinct.
    expect(new Set(results.map((result) => result.views)).size).toBe(250);
  });

  it("counts one of many racing requests from the same visitor", async () => {
    const [, , articleId] = await publicArticleIds(3);
    const before = await viewsOf(articleId);
    const visitorId = randomUUID();
    const results = await Promise.all(Array.from({ length: 30 }, () => recordArticleView({ articleId, visitorId })));
    expect(results.filter((result) => result.counted)).toHaveLength(1);
    expect(await viewsOf(articleId)).toBe(before + 1);
  });

  it("answers each request of a mixed batch on its own: counted, repeated, crawler, hidden", async () => {
    const db = await getDb();
    const [, , , first, second] = await publicArticleIds(5);
    const hidden = await db.article.findFirstOrThrow({ where: { NOT: publicArticleWhere() }, select: { id: true } });
    const [beforeFirst, beforeSecond] = [await viewsOf(first), await viewsOf(second)];
    const visitorId = randomUUID();
    // Started in one turn of the event loop, so they are written as one batch.
    const settled = await Promise.allSettled([
      recordArticleView({ articleId: first, visitorId }),
      recordArticleView({ articleId: hidden.id, visitorId }),
      recordArticleView({ articleId: first, visitorId }),
      recordArticleView({ articleId: second, visitorId }),
      recordArticleView({ articleId: first, visitorId: null }),
      recordArticleView({ articleId: first, visitorId: randomUUID() }),
    ]);
    const value = (index: number) => (settled[index] as PromiseFulfilledResult<{ views: number; counted: boolean }>).value;
    expect(value(0)).toEqual({ views: beforeFirst + 1, counted: true });
    expect(settled[1].status).toBe("rejected");
    expect((settled[1] as PromiseRejectedResult).reason).toBeInstanceOf(NotFoundError);
    // The ones that do not count answer the total after the batch's own views.
    expect(value(2)).toEqual({ views: beforeFirst + 2, counted: false });
    expect(value(3)).toEqual({ views: beforeSecond + 1, counted: true });
    expect(value(4)).toEqual({ views: beforeFirst + 2, counted: false });
    expect(value(5)).toEqual({ views: beforeFirst + 2, counted: true });
    expect([await viewsOf(first), await viewsOf(second)]).toEqual([beforeFirst + 2, beforeSecond + 1]);
  });
});
