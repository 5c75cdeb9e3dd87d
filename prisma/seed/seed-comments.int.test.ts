import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";

describe("demo comments", () => {
  it("seeds threads, one pending comment, and counters that match the rows", async () => {
    const db = await getDb();
    const comments = await db.comment.findMany({ include: { _count: { select: { reactions: true } } } });
    expect(comments.filter((c) => c.status === "pending").length).toBeGreaterThanOrEqual(1);
    const byId = new Map(comments.map((c) => [c.id, c]));
    const depth = (id: number): number => (byId.get(id)!.parentId ? 1 + depth(byId.get(id)!.parentId!) : 0);
    expect(Math.max(...comments.map((c) => depth(c.id)))).toBeGreaterThanOrEqual(2);
    for (const comment of comments) expect(comment._count.reactions).toBe(comment.likeCount + comment.dislikeCount);

    const articles = await db.article.findMany({ where: { comments: { some: {} } }, include: { comments: true } });
    expect(articles.length).toBeGreaterThanOrEqual(2);
    for (const article of articles) {
      expect(article.commentCount).toBe(article.comments.filter((c) => c.status === "approved").length);
      // Seeded comments (no visitor) come after their article; other tests post their own.
      for (const comment of article.comments.filter((c) => c.visitorId === null)) {
        expect(comment.createdAt.getTime()).toBeGreaterThanOrEqual(article.publishedAt!.getTime());
      }
    }
  });
});
