// The SQL template tag of the runtime both generated clients share (no client is loaded for it).
import { join, raw, type Sql, sqltag as sql } from "@prisma/client/runtime/client";
import { getDb } from "@/lib/db/client";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { READER_WRITE_TRANSACTION } from "@/lib/db/transaction-options";
import { logger } from "@/lib/observability/logger";

export type CounterKind = "article-view" | "document-view" | "document-download";
export const COUNT_WINDOW_MS = 30 * 60_000;

/** One visitor's claim on one target. */
export type CountMark = { targetId: number; visitorId: string };
type Moment = { now?: Date; windowMs?: number };

// Where each kind's total is kept: fixed names, never from input.
const TOTALS: Record<CounterKind, { table: string; column: string }> = {
  "article-view": { table: "Article", column: "viewCount" },
  "document-view": { table: "Document", column: "viewCount" },
  "document-download": { table: "Document", column: "downloadCount" },
};

/**
 * Counts each mark at most once per window per (kind, target, visitor), however many requests
 * race, and raises the target's total by the marks that count. The claim is one statement on
 * the unique key (a mark is inserted, or its time moved on once the window has passed), so
 * there is no read-then-write gap; the increment follows in the same transaction, on both
 * databases alike, so no crash can fall between the claim and the total. A batch of many views
 * costs one transaction of two statements, in raw SQL: Prisma's query compiler costs about a
 * millisecond of CPU per query here.
 *
 * Only marks whose target exists, and satisfies `eligible` (a condition on the target's row,
 * such as the public-article rule), are claimed. Answers, for each mark in order, the total
 * right after its own increment (the marks that count on one target get consecutive totals,
 * also across concurrent calls: the increment returns the total it wrote), or null when it
 * does not count: a repeat within the window, in the database or earlier in this batch, or a
 * target that is not there or not eligible.
 */
export async function claimAndIncrementMany(
  kind: CounterKind,
  marks: CountMark[],
  { now = new Date(), windowMs = COUNT_WINDOW_MS, eligible }: Moment & { eligible?: Sql } = {},
): Promise<(number | null)[]> {
  const keyOf = ({ targetId, visitorId }: CountMark) => `${targetId} ${visitorId}`;
  // PostgreSQL refuses to change one row twice in a statement: each mark is claimed once.
  const firstIndex = new Map<string, number>();
  marks.forEach((mark, index) => {
    if (!firstIndex.has(keyOf(mark))) firstIndex.set(keyOf(mark), index);
  });
  if (marks.length === 0) return [];
  const db = await getDb();
  // In one order for every batch, so concurrent batches lock marks and totals in the same order.
  const unique = [...firstIndex.values()]
    .map((index) => marks[index])
    .sort((a, b) => a.targetId - b.targetId || (a.visitorId < b.visitorId ? -1 : a.visitorId > b.visitorId ? 1 : 0));

  const postgres = resolveDatabaseTarget().provider === "postgres";
  const table = raw(`"${TOTALS[kind].table}"`);
  const column = raw(`"${TOTALS[kind].column}"`);
  // Outside an INSERT's VALUES PostgreSQL cannot infer a parameter's type; SQLite needs no casts
  // (and would change a date's stored form with one).
  const typed = (value: unknown, type: string) => (postgres ? sql`CAST(${value} AS ${raw(type)})` : sql`${value}`);
  const claim = sql`
    WITH "batch" ("targetId", "visitorId") AS (
      VALUES ${join(unique.map(({ targetId, visitorId }) => sql`(${typed(targetId, "INTEGER")}, ${typed(visitorId, "TEXT")})`))})
    INSERT INTO "CounterMark" ("kind", "targetId", "visitorId", "countedAt")
    SELECT ${typed(kind, "TEXT")}, "batch"."targetId", "batch"."visitorId", ${typed(now, "TIMESTAMP(3)")}
    FROM "batch"
    -- Per mark, a lookup by primary key: as a join, SQLite may scan every public article instead.
    WHERE EXISTS (SELECT 1 FROM ${table} WHERE ${table}."id" = "batch"."targetId" AND ${eligible ?? sql`1 = 1`})
    ON CONFLICT ("kind", "targetId", "visitorId")
    DO UPDATE SET "countedAt" = excluded."countedAt"
    WHERE "CounterMark"."countedAt" <= ${typed(new Date(now.getTime() - windowMs), "TIMESTAMP(3)")}
    RETURNING "targetId", "visitorId"`;

  type Claimed = { targetId: number | bigint; visitorId: string };
  type Total = { id: number | bigint; total: number | bigint };
  const { claimed, added, totals } = await db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<Claimed[]>(claim);
    const added = new Map<number, number>();
    for (const { targetId } of claimed) added.set(Number(targetId), (added.get(Number(targetId)) ?? 0) + 1);
    const ids = [...added.keys()].sort((a, b) => a - b);
    const totals =
      ids.length === 0
        ? []
        : await tx.$queryRaw<Total[]>`
            UPDATE ${table} SET ${column} = ${column} + CASE "id" ${join(ids.map((id) => sql`WHEN ${id} THEN ${typed(added.get(id), "INTEGER")}`), " ")} END
            WHERE "id" IN (${join(ids)})
            RETURNING "id", ${column} AS "total"`;
    return { claimed, added, totals };
  }, READER_WRITE_TRANSACTION);
  await pruneNowAndThen({ now, windowMs });

  // Each target's total before this batch, then one more for each mark that counts, in order.
  const counted = new Set(claimed.map(({ targetId, visitorId }) => keyOf({ targetId: Number(targetId), visitorId })));
  const running = new Map(totals.map(({ id, total }) => [Number(id), Number(total) - (added.get(Number(id)) ?? 0)]));
  return marks.map((mark, index) => {
    const before = running.get(mark.targetId);
    if (firstIndex.get(keyOf(mark)) !== index || !counted.has(keyOf(mark)) || before === undefined) return null;
    running.set(mark.targetId, before + 1);
    return before + 1;
  });
}

/** Old marks are only needed for one window; this keeps the table small. */
export async function pruneCountMarks(now = new Date(), windowMs = COUNT_WINDOW_MS): Promise<number> {
  const db = await getDb();
  const { count } = await db.counterMark.deleteMany({ where: { countedAt: { lt: new Date(now.getTime() - windowMs) } } });
  return count;
}

// Every counted visitor leaves a mark; without pruning the table grows by one row per visitor
// and target for ever. Pruning every minute keeps each delete short: at a few thousand views a
// second it is one minute's marks, deleted through the index on countedAt.
export const PRUNE_EVERY_MS = 60_000;
let lastPruneAt = -Infinity;

/** Prunes after a claim, once a minute per process; a failed prune costs no count. */
async function pruneNowAndThen({ now = new Date(), windowMs = COUNT_WINDOW_MS }: Moment): Promise<void> {
  if (Date.now() - lastPruneAt < PRUNE_EVERY_MS) return;
  lastPruneAt = Date.now();
  await pruneCountMarks(now, windowMs).catch((error: unknown) => logger.error("count marks: prune failed", { error }));
}
