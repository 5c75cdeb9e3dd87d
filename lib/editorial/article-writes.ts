import { articleSearchText } from "@/lib/articles/search-text";
import { isPublic } from "@/lib/articles/visibility";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertPermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { type Db, getDb, type Tx } from "@/lib/db/client";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors/domain-error";
import { sanitizeArticleHtml } from "@/lib/html/sanitize-article-html";
import { recordContentChanges } from "@/lib/page-cache/content-changes";
import { slugify } from "@/lib/text/slugify";
import type { ArticleInput } from "./article-input";
import { parseSnapshot, snapshotOf } from "./article-snapshot";
import { otherLockHolder } from "./edit-lock";
import { WORKFLOW_ACTIONS, canEditArticle, canTakeAction, type WorkflowAction } from "./workflow";

// Every write to an article goes through here: the role and ownership checks sit next to the
// data, and each change, its revision and its audit entries share one transaction.

export type WriteResult = { id: number };

const NOT_FOUND = "Không tìm thấy bài viết.";
const FORBIDDEN = "Bạn không có quyền thực hiện thao tác này với bài viết.";

const withRelations = {
  category: { select: { slug: true } },
  categories: { select: { categoryId: true, category: { select: { slug: true } } } },
  tags: { select: { tag: { select: { name: true } } } },
} as const;
type LoadedArticle = NonNullable<Awaited<ReturnType<typeof loadArticle>>>;

function loadArticle(db: Db | Tx, id: number) {
  return db.article.findUnique({ where: { id }, include: withRelations });
}

/**
 * Tells the public page cache what a write changed, inside the write's transaction. A change
 * to an article no reader can see (a draft, a rejected text) changes no public page; one that
 * was or becomes public may change every page listing it (home, categories, neighbours, the
 * most-read block of every sidebar), so the whole "articles" tag goes. A scheduled article is
 * not public yet: the cache's time limit brings it in at its publication time.
 */
async function recordPublicChange(tx: Tx, now: Date, ...versions: (LoadedArticle | null)[]) {
  const ids = versions.filter((article) => article && isPublic(article, now)).map((article) => article!.id);
  if (ids.length > 0) await recordContentChanges(tx, ["articles", ...ids.map((id) => `article:${id}` as const)], now);
}

async function assertNotLockedByOther(db: Db, articleId: number, actor: Actor, now: Date) {
  const holder = await otherLockHolder(articleId, actor.id, now);
  if (holder) throw new ConflictError(`Bài viết đang được sửa bởi ${holder.name}. Vui lòng thử lại sau.`);
}

async function setTags(tx: Tx, articleId: number, names: string[]) {
  await tx.articleTag.deleteMany({ where: { articleId } });
  for (const name of names) {
    const slug = slugify(name);
    const tag = await tx.tag.upsert({ where: { slug }, create: { name, slug }, update: {} });
    await tx.articleTag.create({ data: { articleId, tagId: tag.id } });
  }
}

/** Writes the form's content. Publication times and the featured flag are a publisher's to set. */
async function writeContent(tx: Tx, actor: Actor, before: LoadedArticle | null, input: ArticleInput, note: string) {
  const categoryIds = [input.categoryId, ...input.secondaryCategoryIds];
  if ((await tx.category.count({ where: { id: { in: categoryIds } } })) !== categoryIds.length) {
    throw new InvalidInputError("Chuyên mục không tồn tại.");
  }
  const publisher = can(actor.role, "article.publish");
  const { tags, secondaryCategoryIds, ...fields } = input;
  const data = {
    ...fields,
    publishedAt: publisher ? input.publishedAt : (before?.publishedAt ?? null),
    expiresAt: publisher ? input.expiresAt : (before?.expiresAt ?? null),
    featured: publisher ? input.featured : (before?.featured ?? false),
    searchText: articleSearchText(input),
    updatedById: actor.id,
  };
  const saved = before
    ? await tx.article.update({ where: { id: before.id }, data })
    : await tx.article.create({ data: { ...data, status: "draft", createdById: actor.id } });
  await setTags(tx, saved.id, tags);
  await tx.articleCategory.deleteMany({ where: { articleId: saved.id } });
  for (const categoryId of secondaryCategoryIds) await tx.articleCategory.create({ data: { articleId: saved.id, categoryId } });
  const after = (await loadArticle(tx, saved.id))!;
  await tx.articleRevision.create({ data: { articleId: saved.id, snapshot: JSON.stringify(snapshotOf(after)), note, createdById: actor.id } });
  await recordAudit(tx, actor, {
    action: before ? "article.update" : "article.create",
    targetType: "article",
    targetId: saved.id,
    detail: { title: after.title, note },
  });
  return after;
}

async function applyAction(
  tx: Tx,
  actor: Actor,
  article: LoadedArticle,
  action: WorkflowAction,
  { note, now }: { note: string | null; now: Date },
) {
  if (!canTakeAction(actor, article, action)) throw new ForbiddenError(FORBIDDEN);
  const rule = WORKFLOW_ACTIONS[action];
  const reviewNote = note?.trim().slice(0, 2000) || null;
  if (action === "reject" && !reviewNote) throw new InvalidInputError("Cần ghi lý do trả lại để tác giả sửa.");
  const publishedAt = action === "publish" ? (article.publishedAt ?? now) : article.publishedAt;
  const updated = await tx.article.update({
    where: { id: article.id },
    data: {
      status: rule.to,
      publishedAt,
      updatedById: actor.id,
      // The note stays with the article while it is being reworked, and goes once it is published.
      ...(action === "reject" ? { reviewNote } : action === "publish" ? { reviewNote: null } : {}),
    },
    include: withRelations,
  });
  // Handing the article on (an author submitting it) ends the actor's edit lock: nobody keeps a
  // lock on an article they can no longer edit, which would block the reviewer for minutes.
  if (!canEditArticle(actor, updated)) await tx.editLock.deleteMany({ where: { articleId: article.id, userId: actor.id } });
  const scheduled = action === "publish" && publishedAt! > now;
  await recordAudit(tx, actor, {
    action: scheduled ? "article.schedule" : rule.audit,
    targetType: "article",
    targetId: article.id,
    detail: {
      from: article.status,
      to: rule.to,
      ...(reviewNote && action === "reject" ? { note: reviewNote } : {}),
      ...(action === "publish" ? { publishedAt: publishedAt!.toISOString(), expiresAt: updated.expiresAt?.toISOString() ?? null } : {}),
    },
  });
  return updated;
}

/** A new article, saved as a draft and then, if asked, sent on (submitted, or published by a publisher). */
export async function createArticle(
  actor: Actor | null,
  input: ArticleInput,
  action: WorkflowAction | null = null,
  now = new Date(),
): Promise<WriteResult> {
  const db = await getDb();
  assertPermission(actor, "article.write");
  const saved = await db.$transaction(async (tx) => {
    const created = await writeContent(tx, actor, null, input, "Tạo bài viết");
    const final = action ? await applyAction(tx, actor, created, action, { note: null, now }) : created;
    await recordPublicChange(tx, now, final);
    return final;
  });
  return { id: saved.id };
}

/** Saves the editor form over an article, then takes the workflow action the button asked for. */
export async function updateArticle(
  actor: Actor | null,
  articleId: number,
  input: ArticleInput,
  action: WorkflowAction | null = null,
  now = new Date(),
): Promise<WriteResult> {
  const db = await getDb();
  assertPermission(actor, "article.write");
  const before = await loadArticle(db, articleId);
  if (!before) throw new NotFoundError(NOT_FOUND);
  if (!canEditArticle(actor, before)) throw new ForbiddenError(FORBIDDEN);
  if (action && !canTakeAction(actor, before, action)) throw new ForbiddenError(FORBIDDEN);
  await assertNotLockedByOther(db, articleId, actor, now);
  const saved = await db.$transaction(async (tx) => {
    const written = await writeContent(tx, actor, before, input, "Lưu");
    const final = action ? await applyAction(tx, actor, written, action, { note: null, now }) : written;
    await recordPublicChange(tx, now, before, final);
    return final;
  });
  return { id: saved.id };
}

/** A workflow step without editing the text: reject with a note, suspend, withdraw, publish as is. */
export async function takeWorkflowAction(
  actor: Actor | null,
  articleId: number,
  action: WorkflowAction,
  note: string | null = null,
  now = new Date(),
): Promise<WriteResult> {
  const db = await getDb();
  assertPermission(actor, "article.write");
  const article = await loadArticle(db, articleId);
  if (!article) throw new NotFoundError(NOT_FOUND);
  if (!canTakeAction(actor, article, action)) throw new ForbiddenError(FORBIDDEN);
  await assertNotLockedByOther(db, articleId, actor, now);
  const saved = await db.$transaction(async (tx) => {
    const applied = await applyAction(tx, actor, article, action, { note, now });
    await recordPublicChange(tx, now, article, applied);
    return applied;
  });
  return { id: saved.id };
}

/** Puts an earlier revision's content back (as a new revision); the workflow status stays as it is. */
export async function restoreRevision(actor: Actor | null, articleId: number, revisionId: number, now = new Date()): Promise<WriteResult> {
  const db = await getDb();
  assertPermission(actor, "article.write");
  const before = await loadArticle(db, articleId);
  const revision = await db.articleRevision.findUnique({ where: { id: revisionId } });
  if (!before || !revision || revision.articleId !== articleId) throw new NotFoundError("Không tìm thấy phiên bản.");
  if (!canEditArticle(actor, before)) throw new ForbiddenError(FORBIDDEN);
  await assertNotLockedByOther(db, articleId, actor, now);
  const snapshot = parseSnapshot(revision.snapshot);
  const input: ArticleInput = {
    ...snapshot,
    // Sanitised again: the allow-list may have been tightened since the revision was saved.
    bodyHtml: sanitizeArticleHtml(snapshot.bodyHtml),
    publishedAt: snapshot.publishedAt ? new Date(snapshot.publishedAt) : null,
    expiresAt: snapshot.expiresAt ? new Date(snapshot.expiresAt) : null,
  };
  const saved = await db.$transaction(async (tx) => {
    const written = await writeContent(tx, actor, before, input, `Khôi phục phiên bản #${revisionId}`);
    await recordAudit(tx, actor, {
      action: "article.restore",
      targetType: "article",
      targetId: articleId,
      detail: { revisionId },
    });
    await recordPublicChange(tx, now, before, written);
    return written;
  });
  return { id: saved.id };
}
