// The SQL template tag of the runtime both generated clients share (no client is loaded for it).
import { raw, sqltag as sql } from "@prisma/client/runtime/client";
import type { Db } from "@/lib/db/client";
import { resolveDatabaseTarget } from "@/lib/db/database-url";

export type CounterKind = "article-view" | "document-view" | "document-download";
export const COUNT_WINDOW_MS = 30 * 60_000;

type Claim = { kind: CounterKind; targetId: number; visitorId: string; now?: Date; windowMs?: number };

/**
 * Records that `visitorId` was counted for (kind, targetId) and says whether this call is
 * the one that counts: true at most once per window, however many requests race. One SQL
 * statement on the unique key decides, so there is no read-then-write gap; the same
 * statement works on SQLite and PostgreSQL.
 */
export async function claimCount(db: Db, claim: Claim): Promise<boolean> {
  return (await db.$executeRaw(claimStatement(claim))) === 1;
}

function claimStatement({ kind, targetId, visitorId, now = new Date(), windowMs = COUNT_WINDOW_MS }: Claim) {
  return sql`
    INSERT INTO "CounterMark" ("kind", "targetId", "visitorId", "countedAt")
    VALUES (${kind}, ${targetId}, ${visitorId}, ${now})
    ON CONFLICT ("kind", "targetId", "visitorId")
    DO UPDATE SET "countedAt" = excluded."countedAt"
    WHERE "CounterMark"."countedAt" <= ${new Date(now.getTime() - windowMs)}`;
}

/** Old marks are only needed for one window; this keeps the table small. */
export async function pruneCountMarks(db: Db, now = new Date(), windowMs = COUNT_WINDOW_MS): Promise<number> {
  const { count } = await db.counterMark.deleteMany({ where: { countedAt: { lt: new Date(now.getTime() - windowMs) } } });
  return count;
}

// Where each kind's total is kept: fixed names, never from input.
const TOTALS: Record<CounterKind, { table: string; column: string }> = {
  "article-view": { table: "Article", column: "viewCount" },
  "document-view": { table: "Document", column: "viewCount" },
  "document-download": { table: "Document", column: "downloadCount" },
};

/**
 * claimCount and, when this call is the one that counts, the increment of the target's total,
 * in raw SQL: Prisma's query compiler costs about a millisecond of CPU per query here, and an
 * interactive transaction holds SQLite's only writer across several round trips. On
 * PostgreSQL one statement does both (the update runs only if the claim returned a row). On
 * SQLite the claim's own change count decides, then one update adds the view: concurrent
 * calls cannot lose or double a count; only a crash between the two statements could drop
 * that one view. (A batch transaction would not help: the SQLite adapter runs other requests'
 * statements on the same connection between a transaction's statements.)
 * Returns the total right after this call's increment, or null when this call does not count.
 */
export async function claimAndIncrement(db: Db, request: Claim): Promise<number | null> {
  const { kind, targetId } = request;
  const table = raw(`"${TOTALS[kind].table}"`);
  const column = raw(`"${TOTALS[kind].column}"`);
  const claim = claimStatement(request);
  const increment = sql`UPDATE ${table} SET ${column} = ${column} + 1 WHERE "id" = ${targetId}`;
  type Total = { total: number | bigint }[];
  let rows: Total;
  if (resolveDatabaseTarget().provider === "postgres") {
    rows = await db.$queryRaw<Total>`
      WITH claimed AS (${claim} RETURNING 1)
      ${increment} AND EXISTS (SELECT 1 FROM claimed) RETURNING ${column} AS "total"`;
  } else {
    if ((await db.$executeRaw(claim)) !== 1) return null;
    rows = await db.$queryRaw<Total>`${increment} RETURNING ${column} AS "total"`;
  }
  return rows.length === 1 ? Number(rows[0].total) : null;
}
