import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { publicArticleWhere } from "@/lib/articles/visibility";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import type { Reader } from "@/lib/visitors/identify-reader";
import { commentInput } from "./comment-input";
import { COMMENTS_PER_PAGE } from "./comment-sort";
import { listArticleComments } from "./list-comments";
import { moderateComment } from "./moderate-comment";
import { listCommentsForModeration } from "./moderation-queue";
import { DEFAULT_MODERATION_MODE, readModerationMode, saveModerationMode } from "./moderation-mode";
import { postComment } from "./post-comment";
import { ALREADY_REACTED, reactToComment } from "./react-to-comment";
import { testActor } from "@/tests/test-actor";

const reader = (): Reader => ({ visitorId: randomUUID(), ipHash: "test-ip" });
const input = (content: string, extra: Record<string, unknown> = {}) =>
  commentInput.parse({ name: "Lê Thị Hoa", email: "hoa@example.vn", content, ...extra });
const kindOf = (error: unknown) => (error instanceof DomainError ? error.kind : error);

let nextArticle = 0;
/** A public article no other test (or the seed) has commented on. */
async function freshArticle() {
  const db = await getDb();
  return db.article.findFirstOrThrow({
    where: { ...publicArticleWhere(), comments: { none: {} } },
    orderBy: { id: "asc" },
    skip: 20 + nextArticle++,
  });
}
async function commentCountOf(articleId: number) {
  const db = await getDb();
  return (await db.article.findUniqueOrThrow({ where: { id: articleId } })).commentCount;
}
async function adminId() {
  const db = await getDb();
  return (await db.user.findFirstOrThrow({ where: { role: "admin" } })).id;
}
async function moderator() {
  const db = await getDb();
  return testActor(await db.user.findFirstOrThrow({ where: { role: "admin" } }));
}

afterEach(async () => saveModerationMode(await moderator(), DEFAULT_MODERATION_MODE));

describe("posting comments", () => {
  it("holds a guest's comment by default and counts nothing until it is approved", async () => {
    const db = await getDb();
    const article = await freshArticle();
    expect(await readModerationMode()).toBe("guests");
    const posted = await postComment({ articleId: article.id, input: input("Xin hỏi lịch tiếp dân tháng sau?"), reader: reader() });
    expect(posted.status).toBe("pending");
    expect(await commentCountOf(article.id)).toBe(0);
    expect((await listArticleComments(article.id, { sort: "newest", page: 1 })).comments).toEqual([]);

    await moderateComment(await moderator(), { commentId: posted.id!, action: "approve" });
    expect(await commentCountOf(article.id)).toBe(1);
    const listed = await listArticleComments(article.id, { sort: "newest", page: 1 });
    expect(listed.comments.map((c) => c.content)).toEqual(["Xin hỏi lịch tiếp dân tháng sau?"]);
    expect(JSON.stringify(listed)).not.toContain("hoa@example.vn");
    expect(await db.auditLog.count({ where: { action: "comment.approve", targetId: posted.id! } })).toBe(1);
  });

  it("approves at once in mode none and for signed-in staff; holds everyone in mode all except staff", async () => {
    const article = await freshArticle();
    await saveModerationMode(await moderator(), "none");
    expect((await postComment({ articleId: article.id, input: input("Đồng ý."), reader: reader() })).status).toBe("approved");
    await saveModerationMode(await moderator(), "all");
    expect((await postComment({ articleId: article.id, input: input("Chờ duyệt."), reader: reader() })).status).toBe("pending");
    const staff = await postComment({ articleId: article.id, input: input("Ban biên tập trả lời."), reader: reader(), staffUserId: await adminId() });
    expect(staff.status).toBe("approved");
    expect(await commentCountOf(article.id)).toBe(2);
  });

  it("drops a comment whose honeypot is filled, answering like a held one", async () => {
    const db = await getDb();
    const article = await freshArticle();
    const posted = await postComment({ articleId: article.id, input: input("Mua ngay!", { website: "http://spam.example" }), reader: reader() });
    expect(posted).toEqual({ id: null, status: "pending" });
    expect(await db.comment.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("refuses unknown or non-public articles (not found), closed ones (forbidden) and replies to what is not an approved comment of the article (not found)", async () => {
    const db = await getDb();
    const draft = await db.article.findFirstOrThrow({ where: { status: "draft" } });
    for (const articleId of [draft.id, 987_654]) {
      expect(kindOf(await postComment({ articleId, input: input("Xin chào"), reader: reader() }).catch((e: unknown) => e))).toBe("not-found");
    }
    const closed = await freshArticle();
    await db.article.update({ where: { id: closed.id }, data: { allowComments: false } });
    try {
      expect(kindOf(await postComment({ articleId: closed.id, input: input("Xin chào"), reader: reader() }).catch((e: unknown) => e))).toBe("forbidden");
    } finally {
      await db.article.update({ where: { id: closed.id }, data: { allowComments: true } });
    }

    const article = await freshArticle();
    const other = await freshArticle();
    const pending = await postComment({ articleId: article.id, input: input("Đang chờ"), reader: reader() });
    await saveModerationMode(await moderator(), "none");
    const elsewhere = await postComment({ articleId: other.id, input: input("Bài khác"), reader: reader() });
    for (const parentId of [pending.id, elsewhere.id, 987_654]) {
      const error = await postComment({ articleId: article.id, input: input("Trả lời", { parentId }), reader: reader() }).catch((e: unknown) => e);
      expect(kindOf(error)).toBe("not-found");
    }
  });
});

describe("threads, sorting and pagination", () => {
  it("nests replies at any depth, oldest first, and sorts and pages the threads", async () => {
    const db = await getDb();
    await saveModerationMode(await moderator(), "none");
    const article = await freshArticle();
    // Spread over the last hour and a half, a minute apart, so every order is well defined.
    const post = async (content: string, minute: number, parentId?: number) => {
      const { id } = await postComment({ articleId: article.id, input: input(content, { parentId }), reader: reader() });
      await db.comment.update({ where: { id: id! }, data: { createdAt: new Date(Date.now() - (90 - minute) * 60_000) } });
      return id!;
    };
    const topIds: number[] = [];
    for (let i = 0; i < COMMENTS_PER_PAGE + 2; i++) topIds.push(await post(`Ý kiến số ${i + 1}`, i));
    const reply = await post("Trả lời ý kiến 1", 30, topIds[0]);
    const deep = await post("Trả lời lồng", 31, reply);
    await post("Trả lời sâu hơn", 32, deep);
    await post("Trả lời ý kiến 1 lần hai", 33, topIds[0]);
    await reactToComment({ commentId: topIds[4], visitorId: randomUUID(), reaction: "like" });
    await reactToComment({ commentId: topIds[4], visitorId: randomUUID(), reaction: "like" });
    await reactToComment({ commentId: topIds[7], visitorId: randomUUID(), reaction: "like" });

    const newest = await listArticleComments(article.id, { sort: "newest", page: 1 });
    expect(newest.total).toBe(COMMENTS_PER_PAGE + 6);
    expect(await commentCountOf(article.id)).toBe(newest.total);
    expect(newest.pageCount).toBe(2);
    expect(newest.comments).toHaveLength(COMMENTS_PER_PAGE);
    expect(newest.comments[0].content).toBe(`Ý kiến số ${COMMENTS_PER_PAGE + 2}`);

    const oldest = await listArticleComments(article.id, { sort: "oldest", page: 1 });
    const first = oldest.comments[0];
    expect(first.content).toBe("Ý kiến số 1");
    expect(first.replies.map((c) => c.content)).toEqual(["Trả lời ý kiến 1", "Trả lời ý kiến 1 lần hai"]);
    expect(first.replies[0].replies[0].content).toBe("Trả lời lồng");
    expect(first.replies[0].replies[0].replies[0].content).toBe("Trả lời sâu hơn");

    const liked = await listArticleComments(article.id, { sort: "liked", page: 1 });
    expect(liked.comments.slice(0, 2).map((c) => c.id)).toEqual([topIds[4], topIds[7]]);

    const second = await listArticleComments(article.id, { sort: "newest", page: 2 });
    expect(second.comments.map((c) => c.content)).toEqual(["Ý kiến số 2", "Ý kiến số 1"]);
    expect(kindOf(await listArticleComments(article.id, { sort: "newest", page: 3 }).catch((e: unknown) => e))).toBe("not-found");
  });

  it("shows the replies of a hidden comment under its nearest approved ancestor, and re-parents on delete", async () => {
    const db = await getDb();
    await saveModerationMode(await moderator(), "none");
    const article = await freshArticle();
    const post = async (content: string, parentId?: number) =>
      (await postComment({ articleId: article.id, input: input(content, { parentId }), reader: reader() })).id!;
    const root = await post("Gốc");
    const middle = await post("Giữa", root);
    const leaf = await post("Lá", middle);
    const actor = await moderator();

    await moderateComment(actor, { commentId: middle, action: "hide" });
    expect(await commentCountOf(article.id)).toBe(2);
    let listed = await listArticleComments(article.id, { sort: "newest", page: 1 });
    expect(listed.comments[0].replies.map((c) => c.content)).toEqual(["Lá"]);

    await moderateComment(actor, { commentId: middle, action: "delete" });
    expect((await db.comment.findUniqueOrThrow({ where: { id: leaf } })).parentId).toBe(root);
    expect(await commentCountOf(article.id)).toBe(2);

    await moderateComment(actor, { commentId: root, action: "delete" });
    expect(await commentCountOf(article.id)).toBe(1);
    listed = await listArticleComments(article.id, { sort: "newest", page: 1 });
    expect(listed.comments.map((c) => c.content)).toEqual(["Lá"]);
    expect(kindOf(await moderateComment(actor, { commentId: root, action: "approve" }).catch((e: unknown) => e))).toBe("not-found");
  });

  it("counts an approval once when two editors approve the same comment at the same time", async () => {
    const article = await freshArticle();
    const posted = await postComment({ articleId: article.id, input: input("Cùng lúc"), reader: reader() });
    const actor = await moderator();
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => moderateComment(actor, { commentId: posted.id!, action: "approve" }).then(() => "ok", kindOf)),
    );
    expect(outcomes.every((outcome) => outcome === "ok" || outcome === "conflict")).toBe(true);
    expect(await commentCountOf(article.id)).toBe(1);
  });
});

describe("likes and dislikes", () => {
  it("takes one reaction per visitor per comment, remembers it, and refuses a pending comment", async () => {
    await saveModerationMode(await moderator(), "none");
    const article = await freshArticle();
    const { id } = await postComment({ articleId: article.id, input: input("Thích không?"), reader: reader() });
    const visitorId = randomUUID();
    expect(await reactToComment({ commentId: id!, visitorId, reaction: "like" })).toEqual({ likes: 1, dislikes: 0 });
    const again = await reactToComment({ commentId: id!, visitorId, reaction: "dislike" }).catch((e: unknown) => e);
    expect(kindOf(again)).toBe("conflict");
    expect((again as DomainError).message).toBe(ALREADY_REACTED);
    expect(await reactToComment({ commentId: id!, visitorId: randomUUID(), reaction: "dislike" })).toEqual({ likes: 1, dislikes: 1 });
    const listed = await listArticleComments(article.id, { sort: "newest", page: 1, visitorId });
    expect(listed.comments[0].myReaction).toBe("like");

    await saveModerationMode(await moderator(), "guests");
    const pending = await postComment({ articleId: article.id, input: input("Chưa duyệt"), reader: reader() });
    for (const commentId of [pending.id!, 987_654]) {
      expect(kindOf(await reactToComment({ commentId, visitorId, reaction: "like" }).catch((e: unknown) => e))).toBe("not-found");
    }
  });

  it("loses no like: 200 concurrent visitors add exactly 200", async () => {
    const db = await getDb();
    await saveModerationMode(await moderator(), "none");
    const article = await freshArticle();
    const { id } = await postComment({ articleId: article.id, input: input("Rất hay"), reader: reader() });
    await Promise.all(Array.from({ length: 200 }, () => reactToComment({ commentId: id!, visitorId: randomUUID(), reaction: "like" })));
    const comment = await db.comment.findUniqueOrThrow({ where: { id: id! } });
    expect(comment.likeCount).toBe(200);
    expect(await db.commentReaction.count({ where: { commentId: id! } })).toBe(200);
  });
});

describe("moderation queue", () => {
  it("lists one status at a time with the email for editors and the counts per status", async () => {
    const db = await getDb();
    const article = await freshArticle();
    const posted = await postComment({ articleId: article.id, input: input("Hàng chờ"), reader: reader() });
    const queue = await listCommentsForModeration({ status: "pending", page: 1 });
    const found = queue.comments.find((c) => c.id === posted.id);
    expect(found).toMatchObject({ authorEmail: "hoa@example.vn", isReply: false, byStaff: false, article: { id: article.id } });
    expect(queue.total).toBe(queue.counts.pending);
    expect(queue.counts.pending).toBe(await db.comment.count({ where: { status: "pending" } }));
  });
});
