import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/lib/db/client";
import { isPublic } from "./visibility";
import {
  getPublicArticle,
  listCategoryArticles,
  listFeaturedArticles,
  listLatestArticles,
  listNeighbourArticles,
} from "./queries";

// Runs against the seeded SQLite database of tests/integration-setup.ts. Rows this file
// adds live in a category of their own, created here and removed afterwards.
let db: Db;
let categoryId: number;
const now = new Date();
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

async function addArticle(data: { title: string; status?: string; publishedAt?: Date | null; expiresAt?: Date | null }) {
  return db.article.create({
    data: {
      title: data.title,
      slug: "kiem-thu",
      status: data.status ?? "published",
      publishedAt: data.publishedAt === undefined ? minutes(-60) : data.publishedAt,
      expiresAt: data.expiresAt ?? null,
      categoryId,
    },
  });
}

beforeAll(async () => {
  db = await getDb();
  categoryId = (await db.category.create({ data: { name: "Kiểm thử", slug: "kiem-thu-truy-van" } })).id;
});

afterAll(async () => {
  await db.article.deleteMany({ where: { categoryId } });
  await db.category.delete({ where: { id: categoryId } });
});

describe("public article queries", () => {
  it("list only public articles, newest first", async () => {
    const latest = await listLatestArticles(50, now);
    expect(latest.length).toBe(50);
    const stored = await db.article.findMany({ where: { id: { in: latest.map((a) => a.id) } } });
    for (const row of stored) expect(isPublic(row, now)).toBe(true);
    const times = latest.map((article) => article.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("feature some articles on the home page", async () => {
    const featured = await listFeaturedArticles(4, now);
    expect(featured.length).toBe(4);
  });

  it("hide drafts, reviews, suspended, scheduled and expired articles, and show scheduled ones when due", async () => {
    const hidden = await Promise.all([
      addArticle({ title: "Nháp kiểm thử", status: "draft", publishedAt: null }),
      addArticle({ title: "Chờ duyệt kiểm thử", status: "review" }),
      addArticle({ title: "Đình chỉ kiểm thử", status: "suspended" }),
      addArticle({ title: "Hẹn giờ kiểm thử", publishedAt: minutes(30) }),
      addArticle({ title: "Hết hạn kiểm thử", expiresAt: minutes(-1) }),
    ]);
    const listed = (await listCategoryArticles(categoryId, { page: 1, perPage: 50 }, now)).items.map((a) => a.id);
    for (const article of hidden) {
      expect(await getPublicArticle(article.id, now)).toBeNull();
      expect(listed).not.toContain(article.id);
    }
    // No cron: the same scheduled row is public as soon as its time has come.
    const scheduled = hidden[3];
    expect(await getPublicArticle(scheduled.id, minutes(31))).not.toBeNull();
    const later = (await listCategoryArticles(categoryId, { page: 1, perPage: 50 }, minutes(31))).items;
    expect(later.map((a) => a.id)).toContain(scheduled.id);
  });

  it("order neighbours by publication time, not by id", async () => {
    // Created in reverse: the highest id is the oldest article.
    const third = await addArticle({ title: "Tin thứ ba", publishedAt: minutes(-10) });
    const second = await addArticle({ title: "Tin thứ hai", publishedAt: minutes(-20) });
    const first = await addArticle({ title: "Tin thứ nhất", publishedAt: minutes(-30) });
    const { newer, older } = await listNeighbourArticles(
      { id: second.id, categoryId, publishedAt: second.publishedAt! },
      10,
      now,
    );
    expect(newer.map((a) => a.id)).toEqual([third.id]);
    expect(older.map((a) => a.id)).toContain(first.id);
    expect(older[0].id).toBe(first.id);
  });

  it("paginate a category, counting articles filed there as a secondary category", async () => {
    const seededCategory = await db.category.findFirstOrThrow({ where: { slug: { not: "kiem-thu-truy-van" } }, orderBy: { position: "asc" } });
    const secondary = await addArticle({ title: "Tin thuộc nhiều chuyên mục", publishedAt: minutes(-1) });
    await db.articleCategory.create({ data: { articleId: secondary.id, categoryId: seededCategory.id } });

    const first = await listCategoryArticles(seededCategory.id, { page: 1, perPage: 5 }, now);
    const second = await listCategoryArticles(seededCategory.id, { page: 2, perPage: 5 }, now);
    expect(first.items[0].id).toBe(secondary.id);
    expect(first.items).toHaveLength(5);
    expect(second.total).toBe(first.total);
    expect(new Set([...first.items, ...second.items].map((a) => a.id)).size).toBe(10);
    await db.articleCategory.deleteMany({ where: { articleId: secondary.id } });
  });
});
