import { claimCount } from "@/lib/counters/count-once";
import type { Db } from "@/lib/db/client";

const COUNTER_COLUMN = { "document-view": "viewCount", "document-download": "downloadCount" } as const;
type DocumentCounter = keyof typeof COUNTER_COLUMN;

/**
 * Counts a view or a download of a document for a visitor, at most once per visitor per
 * document per 30 minutes (claimCount decides race-free), and returns the counter's value
 * with both current totals (the page shows them live: it may come from the page cache).
 */
export async function countDocumentOnce(
  db: Db,
  { kind, documentId, visitorId }: { kind: DocumentCounter; documentId: number; visitorId: string },
): Promise<{ counted: boolean; value: number; viewCount: number; downloadCount: number }> {
  const column = COUNTER_COLUMN[kind];
  const select = { viewCount: true, downloadCount: true } as const;
  const counted = await claimCount(db, { kind, targetId: documentId, visitorId });
  const row = counted
    ? await db.document.update({ where: { id: documentId }, data: { [column]: { increment: 1 } }, select })
    : await db.document.findUniqueOrThrow({ where: { id: documentId }, select });
  return { counted, value: row[column], ...row };
}
