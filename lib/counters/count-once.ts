// The SQL template tag of the runtime both generated clients share (no client is loaded for it).
import { join, raw, sqltag as sql } from "@prisma/client/runtime/client";
import type { Db } from "@/lib/db/client";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { logger } from "@/lib/observability/logger";

export type CounterKind = "article-view" | "document-view" | "document-download";
export const COUNT_WINDOW_MS = 30 * 60_000;

type Claim = { kind: CounterKind; targetId: number; visitorId: string; now?: Date; windowMs?: number };
/** One visitor's claim on one target, in a batch of one kind and one moment. */
export type CountMark = { targetId: number; visitorId: string };
type Moment = { now?: Date; windowMs?: number };

/**
 * Records that `visitorId` was counted for (kind, targetId) and says whether this call is
 * the one that counts: true at most once per window, however many requests race. One SQL
 * statement on the unique key decides, so there is no read-then-write gap; the same
 * statement works on SQLite and PostgreSQL.
 */
export async function claimCount(db: Db, { kind, targetId, visitorId, ...moment }: Claim): Promise<boolean> {
  const claimed = (await db.$executeRaw(claimStatement(kind, [{ targetId, visitorId }], moment))) === 1;
  await pruneNowAndThen(db, moment);
  return claimed;
}

/** Marks must be unique: PostgreSQL refuses to change one row twice in a statement. */
function claimStatement(kind: CounterKind, marks: CountMark[], { now = new Date(), windowMs = COUNT_WINDOW_MS }: Moment) {
  return sql`
    INSERT INTO "CounterMark" ("kind", "targetId", "visitorId", "countedAt")
    VALUES ${join(marks.map(({ targetId, visitorId }) => sql`(${kind}, ${targetId}, ${visitorId}, ${now})`))}
    ON CONFLICT ("kind", "targetId", "visitorId")
    DO UPDATE SET "countedAt" = excluded."countedAt"
    WHERE "CounterMark"."countedAt" <= ${new Date(now.getTime() - windowMs)}`;
}

/** Old marks are only needed for one window; this keeps the table small. */
export async function pruneCountMarks(db: Db, now = new Date(), windowMs = COUNT_WINDOW_MS): Promise<number> {
  const { count } = await db.counterMark.deleteMany({ where: { countedAt: { lt: new Date(now.getTime() - windowMs) } } });
  return count;
}

// Every counted visitor leaves a mark; without pruning the table grows by one row per visitor
// and target for ever. Pruning every minute keeps each delete short: at a few thousand views a
// second it is one minute's marks, deleted through the index on countedAt.
export const PRUNE_EVERY_MS = 60_000;
let lastPruneAt = -Infinity;

/** Prunes after a claim, once a minute per process; a failed prune costs no count. */
async function pruneNowAndThen(db: Db, { now = new Date(), windowMs = COUNT_WINDOW_MS }: Moment): Promise<void> {
  if (Date.now() - lastPruneAt < PRUNE_EVERY_MS) return;
  lastPruneAt = Date.now();
  await pruneCountMarks(db, now, windowMs).catch((error: unknown) => logger.error("count marks: prune failed", { error }));
}

// Where each kind's total is kept: fixed names, never from input.
const TOTALS: Record<CounterKind, { table: string; column: string }> = {
  "article-view": { table: "Article", column: "viewCount" },
  "document-view": { table: "Document", column: "viewCount" },
  "document-download": { table: "Document", column: "downloadCount" },
};

/** claimAndIncrementMany for one claim. */
export async function claimAndIncrement(db: Db, { kind, targetId, visitorId, ...moment }: Claim): Promise<number | null> {
  const [total] = await claimAndIncrementMany(db, kind, [{ targetId, visitorId }], moment);
  return total;
}

/**
 * claimCount for many marks at once and, for those that count, the increment of their
 * targets' totals, in raw SQL: Prisma's query compiler costs about a millisecond of CPU per
 * query here, and the busiest write must cost a few statements per batch, not per view.
 * On PostgreSQL one statement does both. On SQLite the claim's RETURNING says which marks
 * count, then one update adds them: concurrent calls cannot lose or double a count; only a
 * crash between the two statements could drop that batch's views. (A transaction would not
 * help: the SQLite adapter runs other requests' statements on the same connection between a
 * transaction's statements.)
 * Answers, for each mark in order, the total right after its own increment (the marks that
 * count on one target get consecutive totals), or null when it does not count: a repeat
 * within the window, in the database or earlier in this batch, or a target that is not there.
 */
export async function claimAndIncrementMany(db: Db, kind: CounterKind, marks: CountMark[], moment: Moment = {}): Promise<(number | null)[]> {
  const keyOf = ({ targetId, visitorId }: CountMark) => `${targetId} ${visitorId}`;
  const firstIndex = new Map<string, number>();
  marks.forEach((mark, index) => {
    if (!firstIndex.has(keyOf(mark))) firstIndex.set(keyOf(mark), index);
  });
  if (marks.length === 0) return [];
  const unique = [...firstIndex.values()].map((index) => marks[index]);

  const table = raw(`"${TOTALS[kind].table}"`);
  const column = raw(`"${TOTALS[kind].column}"`);
  const claim = claimStatement(kind, unique, moment);
  type Claimed = { targetId: number | bigint; visitorId: string };
  type Total = { id: number | bigint; total: number | bigint };
  let claimed: Claimed[];
  let totals: Total[];
  if (resolveDatabaseTarget().provider === "postgres") {
    const rows = await db.$queryRaw<(Claimed & { total: number | bigint })[]>`
      WITH claimed AS (${claim} RETURNING "targetId", "visitorId"),
      added AS (SELECT "targetId", count(*)::int AS "n" FROM claimed GROUP BY "targetId"),
      bumped AS (
        UPDATE ${table} AS target SET ${column} = target.${column} + added."n"
        FROM added WHERE target."id" = added."targetId"
        RETURNING target."id", target.${column} AS "total")
      SELECT claimed."targetId", claimed."visitorId", bumped."total"
      FROM claimed JOIN bumped ON bumped."id" = claimed."targetId"`;
    claimed = rows;
    totals = rows.map(({ targetId, total }) => ({ id: targetId, total }));
  } else {
    claimed = await db.$queryRaw<Claimed[]>`${claim} RETURNING "targetId", "visitorId"`;
    const added = countBy(claimed.map(({ targetId }) => Number(targetId)));
    totals =
      added.size === 0
        ? []
        : await db.$queryRaw<Total[]>`
            UPDATE ${table}
            SET ${column} = ${column} + CASE "id" ${join([...added].map(([id, n]) => sql`WHEN ${id} THEN ${n}`), " ")} END
            WHERE "id" IN (${join([...added.keys()])})
            RETURNING "id", ${column} AS "total"`;
  }

  await pruneNowAndThen(db, moment);

  // Each target's total before this batch, then one more for each mark that counts, in order.
  const counted = new Set(claimed.map(({ targetId, visitorId }) => keyOf({ targetId: Number(targetId), visitorId })));
  const added = countBy(claimed.map(({ targetId }) => Number(targetId)));
  const running = new Map(totals.map(({ id, total }) => [Number(id), Number(total) - (added.get(Number(id)) ?? 0)]));
  return marks.map((mark, index) => {
    const before = running.get(mark.targetId);
    if (firstIndex.get(keyOf(mark)) !== index || !counted.has(keyOf(mark)) || before === undefined) return null;
    running.set(mark.targetId, before + 1);
    return before + 1;
  });
}

function countBy(values: number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
