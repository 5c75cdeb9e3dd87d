import { getDb, type Tx } from "@/lib/db/client";
import { announceLocalContentChange } from "./page-cache-signal";

/** What a write changed, as the tags cached pages carry (see page-tags.ts). */
export type ContentTag = "articles" | "documents" | `article:${number}`;

const PRUNE_AFTER_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;
let lastPrune = 0;

/**
 * Records that public pages carrying these tags are stale. Called by every write that changes
 * what readers see, composed into the write's own transaction (its `tx`) so the change and its
 * record commit together; outside a transaction a domain module passes its own client (getDb()). Every instance's page cache reads these rows (page-cache.ts, through
 * content-change-follower.ts).
 */
export async function recordContentChanges(tx: Pick<Tx, "contentChange">, tags: ContentTag[], now = new Date()): Promise<void> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  await tx.contentChange.createMany({ data: unique.map((tag) => ({ tag, changedAt: now })) });
  announceLocalContentChange();
  if (now.getTime() - lastPrune > PRUNE_EVERY_MS) {
    lastPrune = now.getTime();
    // A day is far longer than any instance lags behind; older rows are never read again.
    await tx.contentChange.deleteMany({ where: { changedAt: { lt: new Date(now.getTime() - PRUNE_AFTER_MS) } } });
  }
}

export type ContentChangeRow = { id: number; tag: string };

/**
 * Changes with an id above `afterId`. On PostgreSQL ids are drawn when a transaction inserts
 * and become visible when it commits, so a lower id can appear after a higher one: callers
 * re-read an overlap below their last id and skip the rows they have already applied.
 */
export async function readContentChanges(afterId: number): Promise<ContentChangeRow[]> {
  const db = await getDb();
  return db.contentChange.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, select: { id: true, tag: true } });
}

export async function latestContentChangeId(): Promise<number> {
  const db = await getDb();
  const latest = await db.contentChange.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return latest?.id ?? 0;
}
