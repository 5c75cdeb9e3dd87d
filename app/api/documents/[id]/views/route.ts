import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { countDocumentOnce } from "@/lib/documents/count-document";
import { publicDocumentWhere } from "@/lib/documents/visibility";
import { NotFoundError } from "@/lib/errors/domain-error";
import { handleRoute } from "@/lib/http/handle-route";
import { parseRouteId } from "@/lib/http/route-id";
import { detectBot } from "@/lib/visitors/bot-detection";
import { identifyReader } from "@/lib/visitors/identify-reader";

const NOT_FOUND = "Không tìm thấy văn bản.";

/**
 * Counts a reader's view of a document: once per visitor per 30 minutes, never for crawlers.
 * Answers the live totals `{ views, downloads, counted }` for the page's counters.
 */
export const POST = handleRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseRouteId((await params).id, NOT_FOUND);
  const db = await getDb();
  const document = await db.document.findFirst({ where: { id, ...publicDocumentWhere() }, select: { viewCount: true, downloadCount: true } });
  if (!document) throw new NotFoundError(NOT_FOUND);
  if (detectBot(request.headers.get("user-agent"))) {
    return NextResponse.json({ views: document.viewCount, downloads: document.downloadCount, counted: false });
  }
  const { visitorId } = identifyReader(request);
  const { counted, viewCount, downloadCount } = await countDocumentOnce(db, { kind: "document-view", documentId: id, visitorId });
  return NextResponse.json({ views: viewCount, downloads: downloadCount, counted }, { headers: { "Cache-Control": "no-store" } });
});
