import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb, type Db } from "@/lib/db/client";
import { EMPTY_FORM_STATE as NO_ERROR } from "@/lib/actions/form-state";
import { latestContentChangeId, readContentChanges } from "@/lib/page-cache/content-changes";
import { liveSessionUser } from "@/tests/live-session";

// The server actions are called directly, as a hand-made request could: the session comes
// from a mocked getServerSession, the rest (roles, database, audit) is real.
const session = vi.hoisted(() => ({ current: null as null | { user: ReturnType<typeof liveSessionUser> } }));
const redirects = vi.hoisted(() => [] as string[]);

vi.mock("next-auth", () => ({ getServerSession: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.5" }) }));
vi.mock("next/navigation", async (importOriginal) => {
  const navigation = await importOriginal<typeof import("next/navigation")>();
  return {
    ...navigation,
    redirect: (url: string) => {
      redirects.push(url);
      return navigation.redirect(url);
    },
  };
});

const actions = await import("./actions");

let db: Db;
let categoryId: number;
const users = {} as Record<"editor" | "publisher", { id: number }>;

const signInAs = (who: keyof typeof users | null) => {
  session.current = who ? { user: liveSessionUser({ id: users[who].id, tokenVersion: 0 }) } : null;
};

function articleForm(fields: Record<string, string>) {
  const form = new FormData();
  const base = { title: "Tin thử hành động", slug: "", summary: "", bodyHtml: "<p>x</p>", categoryId: String(categoryId), tags: "" };
  for (const [key, value] of Object.entries({ ...base, authorName: "", sourceName: "", sourceUrl: "", seoTitle: "", seoDescription: "", imageUrl: "", imageAlt: "", imageCaption: "", imageWidth: "", imageHeight: "", publishedAt: "", expiresAt: "", ...fields })) {
    form.set(key, value);
  }
  return form;
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

beforeAll(async () => {
  db = await getDb();
  categoryId = (await db.category.create({ data: { name: "Kiểm thử hành động", slug: "kiem-thu-hanh-dong" } })).id;
  for (const role of ["editor", "publisher"] as const) {
    users[role] = await db.user.create({ data: { email: `hanh-dong-${role}@sonha.invalid`, name: `Hành động ${role}`, passwordHash: "x", role } });
  }
});

afterAll(async () => {
  await db.article.deleteMany({ where: { categoryId } });
  await db.category.delete({ where: { id: categoryId } });
  await db.user.deleteMany({ where: { email: { startsWith: "hanh-dong-" } } });
});

beforeEach(() => {
  redirects.length = 0;
});

describe("article server actions", () => {
  it("refuse anonymous callers and change nothing", async () => {
    signInAs(null);
    const before = await db.article.count();
    const published = await db.article.findFirstOrThrow({ where: { status: "published" } });
    const signIn = { error: "Bạn cần đăng nhập để thực hiện thao tác này." };
    expect(await actions.saveArticleAction(NO_ERROR, articleForm({ intent: "publish" }))).toEqual(signIn);
    expect(await actions.workflowActionAction(NO_ERROR, form({ articleId: String(published.id), action: "suspend" }))).toEqual(signIn);
    expect(await actions.restoreRevisionAction(NO_ERROR, form({ articleId: String(published.id), revisionId: "1" }))).toEqual(signIn);
    expect(await actions.editLockAction(NO_ERROR, form({ articleId: String(published.id) }))).toEqual(signIn);
    expect(await actions.releaseEditLockAction(NO_ERROR, form({ articleId: String(published.id) }))).toEqual(signIn);
    expect(await db.article.count()).toBe(before);
    expect((await db.article.findUniqueOrThrow({ where: { id: published.id } })).status).toBe("published");
    expect(redirects).toEqual([]);
  });

  it("refuse an editor publishing, suspending or locking a published article", async () => {
    signInAs("editor");
    const published = await db.article.findFirstOrThrow({ where: { status: "published" } });
    const forbidden = { error: "Bạn không có quyền thực hiện thao tác này với bài viết." };
    expect(await actions.saveArticleAction(NO_ERROR, articleForm({ intent: "publish" }))).toEqual(forbidden);
    expect(await actions.workflowActionAction(NO_ERROR, form({ articleId: String(published.id), action: "suspend" }))).toEqual(forbidden);
    expect(await actions.saveArticleAction(NO_ERROR, articleForm({ articleId: String(published.id), title: "Sửa trộm" }))).toEqual(forbidden);
    expect(await actions.editLockAction(NO_ERROR, form({ articleId: String(published.id) }))).toEqual({ error: "Bạn không có quyền sửa bài viết này." });
    expect((await db.article.findUniqueOrThrow({ where: { id: published.id } })).title).toBe(published.title);
  });

  it("answer bad input with a message rather than a crash", async () => {
    signInAs("editor");
    expect(await actions.saveArticleAction(NO_ERROR, articleForm({ title: "" }))).toEqual({ error: "Cần nhập tiêu đề." });
    expect((await actions.workflowActionAction(NO_ERROR, form({ articleId: "abc", action: "publish" }))).error).toBeTruthy();
  });

  it("let a publisher publish, telling every instance's page cache what changed", async () => {
    signInAs("publisher");
    const lastChange = await latestContentChangeId();
    await expect(actions.saveArticleAction(NO_ERROR, articleForm({ intent: "publish" }))).rejects.toThrow("NEXT_REDIRECT");
    const id = Number(/\/quan-tri\/bai-viet\/(\d+)\?thong-bao=publish$/.exec(redirects[0])![1]);
    const article = await db.article.findUniqueOrThrow({ where: { id }, include: { category: true } });
    expect(article.status).toBe("published");
    expect((await readContentChanges(lastChange)).map((change) => change.tag)).toEqual(["articles", `article:${id}`]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: id, action: "article.publish" } });
    expect(audit.ip).toBe("203.0.113.5");
  });
});
