import type { Db } from "@/lib/db/client";

export type CounterKind = "article-view" | "document-view" | "document-download";
export const COUNT_WINDOW_MS = 30 * 60_000;

/**
 * Records that `visitorId` was counted for (kind, targetId) and says whether this call is
 * the one that counts: true at most once per window, however many requests race. One SQL
 * statement on the unique key decides, so there is no read-then-write gap; the same
 * statement works on SQLite and PostgreSQL.
 */
export async function claimCount(
  db: Db,
  { kind, targetId, visitorId, now = new Date(), windowMs = COUNT_WINDOW_MS }:
    { kind: CounterKind; targetId: number; visitorId: string; now?: Date; windowMs?: number },
): Promise<boolean> {
  const cutoff = new Date(now.getTime() - windowMs);
  const changed = await db.$executeRaw`
    INSERT INTO "CounterMark" ("kind", "targetId", "visitorId", "countedAt")
    VALUES (${kind}, ${targetId}, ${visitorId}, ${now})
    ON CONFLICT ("kind", "targetId", "visitorId")
    DO UPDATE SET "countedAt" = excluded."countedAt"
    WHERE "CounterMark"."countedAt" <= ${cutoff}`;
  return changed === 1;
}

/** Old marks are only needed for one window; this keeps the table small. */
export async function pruneCountMarks(db: Db, now = new Date(), windowMs = COUNT_WINDOW_MS): Promise<number> {
  const { count } = await db.counterMark.deleteMany({ where: { countedAt: { lt: new Date(now.getTime() - windowMs) } } });
  return count;
}
