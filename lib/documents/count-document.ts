import { join } from "@prisma/client/runtime/client";
import { claimAndIncrementMany } from "@/lib/counters/count-once";
import { momentBatches } from "@/lib/counters/group-commit";
import type { Db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-error";
import { publicDocumentSql } from "./visibility";

export const DOCUMENT_NOT_FOUND = "Không tìm thấy văn bản.";
const KINDS = ["document-view", "document-download"] as const;

type CountRequest = { kind: (typeof KINDS)[number]; documentId: number; visitorId: string | null };
export type DocumentTotals = { views: number; downloads: number; counted: boolean };

/**
 * Counts a visitor's view or download of a public document, at most once per visitor per
 * document per window, and answers both live totals (the page shows them: it may come from the
 * page cache). A null visitor (a crawler) only reads them. Counted as article views are: the
 * requests of a moment are written together (momentBatches), claimed and raised by
 * claimAndIncrementMany, then the totals read once per batch.
 */
export const countDocument = documentCounter();

/** countDocument on another clock (a test's). */
export function documentCounter(clock?: () => Date): (request: CountRequest) => Promise<DocumentTotals> {
  return momentBatches(countDocumentsAt, clock);
}

async function countDocumentsAt(db: Db, now: Date, requests: CountRequest[]): Promise<(DocumentTotals | Error)[]> {
  const counted = new Set<CountRequest>();
  for (const kind of KINDS) {
    const counting = requests.filter((request): request is CountRequest & { visitorId: string } => request.kind === kind && request.visitorId !== null);
    if (counting.length === 0) continue;
    const totals = await claimAndIncrementMany(
      kind,
      counting.map(({ documentId, visitorId }) => ({ targetId: documentId, visitorId })),
      { now, eligible: publicDocumentSql() },
    );
    counting.forEach((request, index) => totals[index] !== null && counted.add(request));
  }
  const ids = [...new Set(requests.map(({ documentId }) => documentId))];
  const rows = await db.$queryRaw<{ id: number | bigint; viewCount: number | bigint; downloadCount: number | bigint }[]>`
    SELECT "id", "viewCount", "downloadCount" FROM "Document" WHERE "id" IN (${join(ids)}) AND ${publicDocumentSql()}`;
  const latest = new Map(rows.map(({ id, viewCount, downloadCount }) => [Number(id), { views: Number(viewCount), downloads: Number(downloadCount) }]));
  return requests.map((request) => {
    const totals = latest.get(request.documentId);
    return totals ? { ...totals, counted: counted.has(request) } : new NotFoundError(DOCUMENT_NOT_FOUND);
  });
}
