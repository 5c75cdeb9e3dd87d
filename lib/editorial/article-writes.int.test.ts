import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPublic } from "@/lib/articles/visibility";
import { latestContentChangeId, readContentChanges } from "@/lib/page-cache/content-changes";
import { getDb, type Db } from "@/lib/db/client";
import { articleInputSchema } from "./article-input";
import { formValuesOf } from "./article-form-values";
import { getArticleForEditing } from "./editor-queries";
import { parseSnapshot } from "./article-snapshot";
import { acquireEditLock } from "./edit-lock";
import type { Actor } from "@/lib/audit/actor";
import { testActor } from "@/tests/test-actor";
import { createArticle, restoreRevision, takeWorkflowAction, updateArticle } from "./article-writes";

let db: Db;
let categoryId: number;
const actors = {} as Record<"editor" | "otherEditor" | "publisher" | "admin", Actor>;

const input = (overrides: Record<string, string> = {}) =>
  articleInputSchema.parse({
    title: "Hội nghị chuyển đổi số tỉnh Sơn Hà",
    slug: "",
    summary: "Tóm tắt hội nghị",
    bodyHtml: "<p>Đoạn một.</p><p>Đoạn hai.</p>",
    categoryId: String(categoryId),
    tags: "chuyển đổi số, hội nghị",
    authorName: "Lan Anh",
    sourceName: "",
    sourceUrl: "",
    seoTitle: "",
    seoDescription: "",
    imageUrl: "",
    imageAlt: "",
    imageCaption: "",
    imageWidth: "",
    imageHeight: "",
    publishedAt: "",
    expiresAt: "",
    ...overrides,
  });

afterAll(async () => {
  await db.article.deleteMany({ where: { categoryId } });
  await db.category.delete({ where: { id: categoryId } });
  await db.user.deleteMany({ where: { email: { startsWith: "ghi-" } } });
});

const auditActions = async (articleId: number) =>
  (await db.auditLog.findMany({ where: { targetType: "article", targetId: articleId }, orderBy: { id: "asc" } })).map((a) => a.action);

beforeAll(async () => {
  db = await getDb();
  // Rows this file adds live in a category of their own and are removed afterwards.
  const category = await db.category.create({ data: { name: "Kiểm thử biên tập", slug: "kiem-thu-bien-tap" } });
  categoryId = category.id;
  for (const [key, role] of [["editor", "editor"], ["otherEditor", "editor"], ["publisher", "publisher"], ["admin", "admin"]] as const) {
    const row = await db.user.create({ data: { email: `ghi-${key}@sonha.invalid`, name: `Cán bộ ${key}`, passwordHash: "x", role } });
    actors[key] = testActor({ id: row.id, name: row.name, role });
  }
});

describe("the editorial workflow", () => {
  it("goes from draft to review, back with a note, and on to publication, auditing every step", async () => {
    const before = await latestContentChangeId();
    const { id } = await createArticle(actors.editor, input());
    let article = await db.article.findUniqueOrThrow({ where: { id }, include: { tags: { include: { tag: true } } } });
    expect(article).toMatchObject({ status: "draft", slug: "hoi-nghi-chuyen-doi-so-tinh-son-ha", createdById: actors.editor.id });
    expect(article.searchText).toContain("hoi nghi chuyen doi so");
    expect(article.tags.map((t) => t.tag.name).sort()).toEqual(["chuyển đổi số", "hội nghị"]);

    // An editor can neither publish nor review, even their own article.
    await expect(takeWorkflowAction(actors.editor, id, "publish")).rejects.toMatchObject({ kind: "forbidden" });
    await updateArticle(actors.editor, id, input({ summary: "Tóm tắt đã sửa" }), "submit");
    await expect(takeWorkflowAction(actors.editor, id, "reject", "không")).rejects.toMatchObject({ kind: "forbidden" });
    // In review, the author can no longer change it.
    await expect(updateArticle(actors.editor, id, input())).rejects.toMatchObject({ kind: "forbidden" });

    await expect(takeWorkflowAction(actors.publisher, id, "reject", " ")).rejects.toMatchObject({ kind: "invalid" });
    await takeWorkflowAction(actors.publisher, id, "reject", "Cần bổ sung số liệu.");
    article = await db.article.findUniqueOrThrow({ where: { id }, include: { tags: { include: { tag: true } } } });
    expect(article).toMatchObject({ status: "rejected", reviewNote: "Cần bổ sung số liệu." });

    await updateArticle(actors.editor, id, input({ bodyHtml: "<p>Đoạn một.</p><p>Có số liệu.</p>" }), "submit");
    // Nothing a reader can see has changed yet, so no cached public page is dropped.
    expect(await readContentChanges(before)).toEqual([]);
    const now = new Date();
    await takeWorkflowAction(actors.publisher, id, "publish", null, now);
    article = await db.article.findUniqueOrThrow({ where: { id }, include: { tags: { include: { tag: true } } } });
    expect(article).toMatchObject({ status: "published", reviewNote: null, publishedAt: now });
    expect(isPublic(article, new Date(now.getTime() + 1))).toBe(true);
    expect((await readContentChanges(before)).map((change) => change.tag)).toEqual(["articles", `article:${id}`]);

    expect(await auditActions(id)).toEqual([
      "article.create",
      "article.update",
      "article.submit",
      "article.reject",
      "article.update",
      "article.submit",
      "article.publish",
    ]);
    const publish = await db.auditLog.findFirstOrThrow({ where: { targetId: id, action: "article.publish" } });
    expect(publish).toMatchObject({ userId: actors.publisher.id, ip: "192.0.2.7" });
    expect(JSON.parse(publish.detail!)).toMatchObject({ from: "review", to: "published" });

    await takeWorkflowAction(actors.publisher, id, "suspend");
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("suspended");
  });

  it("files an article in secondary categories too", async () => {
    const other = await db.category.findFirstOrThrow({ where: { id: { not: categoryId } } });
    const { id } = await createArticle(actors.publisher, input({ secondaryCategoryIds: `${other.id},${categoryId}` }));
    expect((await db.articleCategory.findMany({ where: { articleId: id } })).map((row) => row.categoryId)).toEqual([other.id]);
    await expect(createArticle(actors.publisher, input({ secondaryCategoryIds: "999999" }))).rejects.toMatchObject({ kind: "invalid" });
    await updateArticle(actors.publisher, id, input());
    expect(await db.articleCategory.count({ where: { articleId: id } })).toBe(0);
  });

  it("schedules with a future publication time and ignores dates an editor sends", async () => {
    const { id } = await createArticle(actors.editor, input({ publishedAt: "2030-01-01T08:00", featured: "on" }));
    const draft = await db.article.findUniqueOrThrow({ where: { id } });
    expect(draft).toMatchObject({ publishedAt: null, featured: false });

    const now = new Date("2029-12-31T00:00:00Z");
    await updateArticle(actors.publisher, id, input({ publishedAt: "2030-01-01T08:00", expiresAt: "2030-02-01T08:00" }), "publish", now);
    const scheduled = await db.article.findUniqueOrThrow({ where: { id } });
    expect(scheduled.status).toBe("published");
    expect(scheduled.publishedAt?.toISOString()).toBe("2030-01-01T01:00:00.000Z");
    expect(isPublic(scheduled, now)).toBe(false);
    expect(isPublic(scheduled, new Date("2030-01-01T01:00:00Z"))).toBe(true);
    expect(isPublic(scheduled, new Date("2030-02-01T01:00:00Z"))).toBe(false);
    expect((await auditActions(id)).at(-1)).toBe("article.schedule");
  });

  it("keeps other editors' articles and publishing out of an editor's reach", async () => {
    const { id } = await createArticle(actors.editor, input());
    await expect(updateArticle(actors.otherEditor, id, input())).rejects.toMatchObject({ kind: "forbidden" });
    await expect(takeWorkflowAction(actors.otherEditor, id, "submit")).rejects.toMatchObject({ kind: "forbidden" });
    await expect(createArticle(actors.editor, input(), "publish")).rejects.toMatchObject({ kind: "forbidden" });
    await expect(updateArticle(actors.admin, 999_999, input())).rejects.toMatchObject({ kind: "not-found" });
  });

  it("refuses to save over someone else's live edit lock", async () => {
    const { id } = await createArticle(actors.editor, input());
    await acquireEditLock(id, actors.editor);
    await expect(updateArticle(actors.admin, id, input({ title: "Sửa chen ngang" }))).rejects.toMatchObject({
      kind: "conflict",
      message: expect.stringContaining("Cán bộ editor"),
    });
    await updateArticle(actors.editor, id, input({ title: "Chủ khóa vẫn lưu được" }));
    // Submitting hands the article on: the author's lock goes, and the reviewer can work at once.
    await updateArticle(actors.editor, id, input(), "submit");
    expect(await db.editLock.count({ where: { articleId: id } })).toBe(0);
    await takeWorkflowAction(actors.publisher, id, "reject", "Sửa lại");
  });
});

describe("revisions", () => {
  it("keeps one per save and restores an earlier one as a new revision", async () => {
    const { id } = await createArticle(actors.editor, input({ title: "Bản đầu" }));
    await updateArticle(actors.editor, id, input({ title: "Bản hai", bodyHtml: "<p>Khác hẳn</p>", tags: "mới" }));
    const revisions = await db.articleRevision.findMany({ where: { articleId: id }, orderBy: { id: "asc" } });
    expect(revisions.map((r) => parseSnapshot(r.snapshot).title)).toEqual(["Bản đầu", "Bản hai"]);

    await restoreRevision(actors.editor, id, revisions[0].id);
    const restored = await db.article.findUniqueOrThrow({ where: { id }, include: { tags: { include: { tag: true } } } });
    expect(restored).toMatchObject({ title: "Bản đầu", bodyHtml: "<p>Đoạn một.</p><p>Đoạn hai.</p>", status: "draft" });
    expect(restored.tags.map((t) => t.tag.name).sort()).toEqual(["chuyển đổi số", "hội nghị"]);
    const latest = await db.articleRevision.findFirstOrThrow({ where: { articleId: id }, orderBy: { id: "desc" } });
    expect(latest.note).toBe(`Khôi phục phiên bản #${revisions[0].id}`);
    expect((await auditActions(id)).at(-1)).toBe("article.restore");

    const other = await createArticle(actors.editor, input());
    await expect(restoreRevision(actors.editor, other.id, revisions[0].id)).rejects.toMatchObject({ kind: "not-found" });
    await expect(restoreRevision(actors.otherEditor, id, revisions[0].id)).rejects.toMatchObject({ kind: "forbidden" });
  });
});

describe("the editor form", () => {
  it("saves a seeded article unchanged when nothing was edited", async () => {
    const seeded = await db.article.findFirstOrThrow({ where: { status: "published", imageUrl: { not: null } } });
    const values = formValuesOf((await getArticleForEditing(seeded.id))!);
    const fields = Object.fromEntries(
      Object.entries(values).map(([key, value]) => [key, typeof value === "boolean" ? (value ? "on" : "") : String(value ?? "")]),
    );
    await updateArticle(actors.publisher, seeded.id, articleInputSchema.parse(fields));
    const saved = await db.article.findUniqueOrThrow({ where: { id: seeded.id } });
    const kept = ["title", "slug", "summary", "bodyHtml", "imageUrl", "imageWidth", "authorName", "status", "publishedAt", "categoryId"] as const;
    for (const key of kept) expect(saved[key], key).toEqual(seeded[key]);
  });
});
