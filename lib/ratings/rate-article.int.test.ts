import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { publicArticleWhere } from "@/lib/articles/visibility";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { ALREADY_RATED, rateArticle, readRatingState, ratingInput } from "./rate-article";
import { ratingSummary } from "./rating-summary";

async function publicArticle(skip: number) {
  const db = await getDb();
  return db.article.findFirstOrThrow({ where: publicArticleWhere(), orderBy: { id: "desc" }, skip });
}

const kindOf = (error: unknown) => (error instanceof DomainError ? error.kind : error);

describe("rateArticle", () => {
  it("records one vote per visitor, remembers it, and refuses a second as a conflict", async () => {
    const db = await getDb();
    const article = await publicArticle(0);
    const visitorId = randomUUID();
    const first = await rateArticle({ articleId: article.id, visitorId, score: 4 });
    expect(first.count).toBe(article.ratingCount + 1);
    const second = await rateArticle({ articleId: article.id, visitorId, score: 5 }).catch((e: unknown) => e);
    expect(kindOf(second)).toBe("conflict");
    expect((second as DomainError).message).toBe(ALREADY_RATED);
    expect(await readRatingState(article.id, visitorId)).toEqual({ ...first, score: 4 });
    expect((await readRatingState(article.id, randomUUID())).score).toBeNull();
    expect((await readRatingState(article.id, null)).score).toBeNull();
    expect(kindOf(await readRatingState(999_999_999, visitorId).catch((e: unknown) => e))).toBe("not-found");

    await rateArticle({ articleId: article.id, visitorId: randomUUID(), score: 1 });
    const after = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after.ratingCount).toBe(article.ratingCount + 2);
    expect(after.ratingSum).toBe(article.ratingSum + 5);
  });

  it("answers the average to one decimal", async () => {
    const article = await publicArticle(1);
    expect(article.ratingCount).toBe(0);
    await rateArticle({ articleId: article.id, visitorId: randomUUID(), score: 5 });
    await rateArticle({ articleId: article.id, visitorId: randomUUID(), score: 4 });
    expect(await rateArticle({ articleId: article.id, visitorId: randomUUID(), score: 4 })).toEqual({ average: 4.3, count: 3 });
  });

  it("refuses unknown and non-public articles as not found, and articles closed to rating as forbidden", async () => {
    const db = await getDb();
    const draft = await db.article.findFirstOrThrow({ where: { status: "draft" } });
    for (const articleId of [draft.id, 987_654]) {
      expect(kindOf(await rateArticle({ articleId, visitorId: randomUUID(), score: 3 }).catch((e: unknown) => e))).toBe("not-found");
    }
    const closed = await publicArticle(2);
    await db.article.update({ where: { id: closed.id }, data: { allowRating: false } });
    try {
      expect(kindOf(await rateArticle({ articleId: closed.id, visitorId: randomUUID(), score: 3 }).catch((e: unknown) => e))).toBe("forbidden");
    } finally {
      await db.article.update({ where: { id: closed.id }, data: { allowRating: true } });
    }
  });

  it("loses no vote: 200 concurrent visitors add exactly 200 votes and their points", async () => {
    const db = await getDb();
    const article = await publicArticle(3);
    const scores = Array.from({ length: 200 }, (_, i) => (i % 5) + 1);
    await Promise.all(scores.map((score) => rateArticle({ articleId: article.id, visitorId: randomUUID(), score })));
    const after = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after.ratingCount).toBe(article.ratingCount + 200);
    expect(after.ratingSum).toBe(article.ratingSum + scores.reduce((sum, score) => sum + score, 0));
    expect(await db.rating.count({ where: { articleId: article.id } })).toBe(after.ratingCount);
  });

  it("lets exactly one of many racing votes from the same visitor through", async () => {
    const article = await publicArticle(4);
    const visitorId = randomUUID();
    const outcomes = await Promise.all(
      Array.from({ length: 25 }, () => rateArticle({ articleId: article.id, visitorId, score: 3 }).then(() => "rated", kindOf)),
    );
    expect(outcomes.filter((outcome) => outcome === "rated")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "conflict")).toHaveLength(24);
  });

  it("answers each vote of a batch on its own: refusals in it cost the others nothing", async () => {
    const db = await getDb();
    const [first, second, closed] = [await publicArticle(5), await publicArticle(6), await publicArticle(7)];
    const draft = await db.article.findFirstOrThrow({ where: { status: "draft" } });
    await db.article.update({ where: { id: closed.id }, data: { allowRating: false } });
    const repeat = randomUUID();
    try {
      // Arriving together, these are written as one batch.
      const outcomes = await Promise.all(
        [
          { articleId: first.id, visitorId: repeat, score: 5 },
          { articleId: draft.id, visitorId: randomUUID(), score: 2 },
          { articleId: first.id, visitorId: repeat, score: 1 },
          { articleId: closed.id, visitorId: randomUUID(), score: 2 },
          { articleId: second.id, visitorId: randomUUID(), score: 2 },
          { articleId: first.id, visitorId: randomUUID(), score: 3 },
        ].map((vote) => rateArticle(vote).then((summary) => summary, kindOf)),
      );
      const firstAfter = ratingSummary({ ratingSum: first.ratingSum + 8, ratingCount: first.ratingCount + 2 });
      const secondAfter = ratingSummary({ ratingSum: second.ratingSum + 2, ratingCount: second.ratingCount + 1 });
      expect(outcomes).toEqual([firstAfter, "not-found", "conflict", "forbidden", secondAfter, firstAfter]);
      const after = await db.article.findUniqueOrThrow({ where: { id: first.id } });
      expect([after.ratingSum, after.ratingCount]).toEqual([first.ratingSum + 8, first.ratingCount + 2]);
      expect(await db.rating.findUnique({ where: { articleId_visitorId: { articleId: first.id, visitorId: repeat } } })).toMatchObject({ score: 5 });
    } finally {
      await db.article.update({ where: { id: closed.id }, data: { allowRating: true } });
    }
  });
});

describe("ratingInput", () => {
  it("accepts integers 1 to 5 only", () => {
    for (const score of [1, 3, 5]) expect(ratingInput.safeParse({ score }).success).toBe(true);
    for (const score of [0, 6, 2.5, "4", null, -1]) expect(ratingInput.safeParse({ score }).success).toBe(false);
    expect(ratingInput.safeParse({}).error?.issues[0].message).toMatch(/từ 1 đến 5/);
  });
});
