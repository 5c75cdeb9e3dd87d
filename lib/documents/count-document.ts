import { claimAndIncrement } from "@/lib/counters/count-once";
import type { Db } from "@/lib/db/client";

/**
 * Counts a view or a download of a document for a visitor, at most once per visitor per
 * document per 30 minutes (claimAndIncrement decides race-free and adds it in the same
 * commit), and returns both live totals (the page shows them: it may come from the page cache).
 */
export async function countDocumentOnce(
  db: Db,
  { kind, documentId, visitorId }: { kind: "document-view" | "document-download"; documentId: number; visitorId: string },
): Promise<{ counted: boolean; viewCount: number; downloadCount: number }> {
  const total = await claimAndIncrement(db, { kind, targetId: documentId, visitorId });
  const totals = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { viewCount: true, downloadCount: true } });
  return { counted: total !== null, ...totals };
}
