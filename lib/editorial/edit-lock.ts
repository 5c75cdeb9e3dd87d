import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertPermission } from "@/lib/auth/current-user";
import { type Db, getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { ForbiddenError, NotFoundError } from "@/lib/errors/domain-error";
import { EDIT_LOCK_TIMEOUT_MS } from "./edit-lock-timing";
import { canEditArticle } from "./workflow";

export type LockHolder = { userId: number; name: string; heartbeatAt: Date };
export type LockResult = { held: true } | { held: false; holder: LockHolder };

type LockRow = { userId: number; heartbeatAt: Date; user: { name: string } };

const isLapsed = (lock: { heartbeatAt: Date }, now: Date) => now.getTime() - lock.heartbeatAt.getTime() >= EDIT_LOCK_TIMEOUT_MS;

const findLock = (db: Db, articleId: number): Promise<LockRow | null> =>
  db.editLock.findUnique({ where: { articleId }, select: { userId: true, heartbeatAt: true, user: { select: { name: true } } } });

/** The other person holding a live lock on the article, if anyone. */
export async function otherLockHolder(articleId: number, userId: number, now = new Date()): Promise<LockHolder | null> {
  const db = await getDb();
  const lock = await findLock(db, articleId);
  if (!lock || lock.userId === userId || isLapsed(lock, now)) return null;
  return { userId: lock.userId, name: lock.user.name, heartbeatAt: lock.heartbeatAt };
}

/**
 * Takes or renews the lock. Free, lapsed or own locks are taken; a live lock of someone else
 * is taken only by an admin asking to take over (audited). Each write is conditional on the
 * row it read, so two people opening the editor at once cannot both win.
 */
export async function acquireEditLock(
  articleId: number,
  user: Actor,
  { takeOver = false, now = new Date() } = {},
): Promise<LockResult> {
  const db = await getDb();
  for (let attempt = 0; attempt < 3; attempt++) {
    const lock = await findLock(db, articleId);
    if (!lock) {
      try {
        await db.editLock.create({ data: { articleId, userId: user.id, acquiredAt: now, heartbeatAt: now } });
        return { held: true };
      } catch (error) {
        if (isUniqueViolation(error)) continue; // someone created it first: read again
        throw error;
      }
    }
    const mine = lock.userId === user.id;
    const takingOver = !mine && !isLapsed(lock, now);
    if (takingOver && !(takeOver && user.role === "admin")) {
      return { held: false, holder: { userId: lock.userId, name: lock.user.name, heartbeatAt: lock.heartbeatAt } };
    }
    const won = await db.$transaction(async (tx) => {
      const { count } = await tx.editLock.updateMany({
        where: { articleId, userId: lock.userId, heartbeatAt: lock.heartbeatAt },
        data: { userId: user.id, heartbeatAt: now, ...(mine ? {} : { acquiredAt: now }) },
      });
      if (count === 1 && takingOver) {
        await recordAudit(tx, user, {
          action: "article.lock-takeover",
          targetType: "article",
          targetId: articleId,
          detail: { from: { userId: lock.userId, name: lock.user.name } },
        });
      }
      return count === 1;
    });
    if (won) return { held: true };
  }
  const lock = await findLock(db, articleId);
  return lock && lock.userId !== user.id
    ? { held: false, holder: { userId: lock.userId, name: lock.user.name, heartbeatAt: lock.heartbeatAt } }
    : { held: true };
}

/** Lets go of the lock when the holder leaves the editor; someone else's lock is left alone. */
export async function releaseEditLock(articleId: number, actor: Actor | null): Promise<void> {
  const db = await getDb();
  assertPermission(actor, "article.write");
  await db.editLock.deleteMany({ where: { articleId, userId: actor.id } });
}

/** The editor's lock request: only someone allowed to edit the article may hold its lock. */
export async function lockArticleForEditing(
  articleId: number,
  user: Actor | null,
  options: { takeOver?: boolean; now?: Date } = {},
): Promise<LockResult> {
  const db = await getDb();
  assertPermission(user, "article.write");
  const article = await db.article.findUnique({ where: { id: articleId }, select: { status: true, createdById: true } });
  if (!article) throw new NotFoundError("Không tìm thấy bài viết.");
  if (!canEditArticle(user, article)) throw new ForbiddenError("Bạn không có quyền sửa bài viết này.");
  return acquireEditLock(articleId, user, options);
}
