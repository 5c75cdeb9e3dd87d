import "server-only";
import { type Db, getDb } from "@/lib/db/client";

/** 5 failed attempts within 5 minutes, for one account from one address, lock it for 15 minutes. */
export const LOGIN_FAILURE_LIMIT = 5;
export const LOGIN_FAILURE_WINDOW_MS = 5 * 60_000;
export const LOGIN_LOCKOUT_MS = 15 * 60_000;
// Attempts older than this can no longer matter (the audit log keeps the history).
const ATTEMPT_RETENTION_MS = 24 * 60 * 60_000;

export function lockoutMessage(lockedUntil: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
  return `Bạn đã nhập sai ${LOGIN_FAILURE_LIMIT} lần liên tiếp. Vì lý do an toàn, đăng nhập bằng tài khoản này từ máy của bạn bị tạm khóa; vui lòng thử lại sau ${minutes} phút.`;
}

/**
 * When the failures, oldest first, lock the account: the end of the latest lockout started
 * by `LOGIN_FAILURE_LIMIT` failures inside one window, or null. Pure, so it is unit tested.
 */
export function lockedUntilFrom(failureTimes: Date[]): Date | null {
  let lockedUntil: Date | null = null;
  for (let last = LOGIN_FAILURE_LIMIT - 1; last < failureTimes.length; last++) {
    const first = failureTimes[last - LOGIN_FAILURE_LIMIT + 1];
    if (failureTimes[last].getTime() - first.getTime() <= LOGIN_FAILURE_WINDOW_MS) {
      const until = new Date(failureTimes[last].getTime() + LOGIN_LOCKOUT_MS);
      if (!lockedUntil || until > lockedUntil) lockedUntil = until;
    }
  }
  return lockedUntil;
}

type AttemptKey = { email: string; ipHash: string };

/**
 * Failures since the last success for this account and address, up to `beforeId` (exclusive),
 * oldest first. Only the last window plus lockout can still matter.
 */
async function recentFailureTimes(db: Db, key: AttemptKey, now: Date, beforeId?: number): Promise<Date[]> {
  const since = new Date(now.getTime() - LOGIN_FAILURE_WINDOW_MS - LOGIN_LOCKOUT_MS);
  const attempts = await db.loginAttempt.findMany({
    where: { ...key, createdAt: { gte: since }, ...(beforeId ? { id: { lt: beforeId } } : {}) },
    orderBy: { id: "asc" },
    select: { succeeded: true, createdAt: true },
  });
  const lastSuccess = attempts.findLastIndex((attempt) => attempt.succeeded);
  return attempts.slice(lastSuccess + 1).map((attempt) => attempt.createdAt);
}

export type AttemptOutcome =
  | { kind: "locked"; lockedUntil: Date }
  | { kind: "failed"; lockedUntil: Date | null }
  | { kind: "succeeded" };

/**
 * Runs one sign-in attempt under the lockout rule. The attempt is written as a failure
 * *before* the password is checked, so concurrent guesses count against each other instead
 * of all slipping past the same check; a correct password then marks it succeeded. An attempt
 * refused by a lockout is not written, so hammering a locked account does not prolong it.
 * `failed.lockedUntil` is set when this failure started a lockout.
 */
export async function runLoginAttempt(
  key: AttemptKey,
  checkPassword: () => Promise<boolean>,
  now = new Date(),
): Promise<AttemptOutcome> {
  const db = await getDb();
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - ATTEMPT_RETENTION_MS) } } });
  const attempt = await db.loginAttempt.create({ data: { ...key, succeeded: false, createdAt: now } });
  const lockedUntil = lockedUntilFrom(await recentFailureTimes(db, key, now, attempt.id));
  if (lockedUntil && lockedUntil > now) {
    await db.loginAttempt.delete({ where: { id: attempt.id } });
    return { kind: "locked", lockedUntil };
  }
  if (await checkPassword()) {
    await db.loginAttempt.update({ where: { id: attempt.id }, data: { succeeded: true } });
    return { kind: "succeeded" };
  }
  const lockedNow = lockedUntilFrom([...(await recentFailureTimes(db, key, now, attempt.id)), now]);
  return { kind: "failed", lockedUntil: lockedNow && lockedNow > now ? lockedNow : null };
}
