import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { applyMigrations } from "@/lib/db/migrate";
import { publicArticleWhere } from "@/lib/articles/visibility";
import { vietnamDateParts } from "@/lib/format/vietnam-time";
import { TEST_PASSWORDS } from "@/tests/test-passwords";
import { DEMO_ADMIN } from "./demo-admin";
import { seedDatabase } from "./seed-database";

describe("demo content", () => {
  it("fills the portal the README promises", async () => {
    const db = await getDb();
    const now = new Date();
    const published = await db.article.findMany({ where: publicArticleWhere(now), select: { publishedAt: true, bodyHtml: true, imageUrl: true } });
    expect(published.length).toBeGreaterThanOrEqual(60);
    const months = new Set(published.map((a) => { const p = vietnamDateParts(a.publishedAt!); return `${p.year}-${p.month}`; }));
    expect(months.size).toBeGreaterThanOrEqual(6);
    expect(published.every((a) => (a.bodyHtml.match(/<p>/g) ?? []).length >= 3)).toBe(true);
    expect(published.filter((a) => a.imageUrl).length).toBeGreaterThanOrEqual(30);

    expect(await db.category.count()).toBeGreaterThanOrEqual(5);
    expect(await db.article.count({ where: { status: "draft" } })).toBeGreaterThanOrEqual(2);
    expect(await db.article.count({ where: { status: "published", publishedAt: { gt: now } } })).toBe(1);
    expect(await db.document.count()).toBeGreaterThanOrEqual(30);
    expect(await db.document.count({ where: { number: { contains: "/" } } })).toBe(await db.document.count());
  });

  it("has a working editor account", async () => {
    const db = await getDb();
    const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN.email } });
    expect(admin.role).toBe("admin");
    expect(await verifyPassword(TEST_PASSWORDS.admin, admin.passwordHash)).toBe(true);
  });

  it("is safe to run twice", async () => {
    const db = await getDb();
    const before = { articles: await db.article.count(), documents: await db.document.count(), users: await db.user.count() };
    const result = await seedDatabase(db, { demo: true });
    expect(result.seeded).toBe(false);
    expect({ articles: await db.article.count(), documents: await db.document.count(), users: await db.user.count() }).toEqual(before);
  });

  it("finds no migration left to apply on a prepared database", async () => {
    expect(await applyMigrations(resolveDatabaseTarget())).toEqual([]);
  });
});
