import { NextResponse } from "next/server";
import { countDocument, DOCUMENT_NOT_FOUND } from "@/lib/documents/count-document";
import { handleRoute } from "@/lib/http/handle-route";
import { parseRouteId } from "@/lib/http/route-id";
import { enforceRateLimits } from "@/lib/rate-limit/rate-limit";
import { documentViewLimits } from "@/lib/rate-limit/reader-limits";
import { detectBot } from "@/lib/visitors/bot-detection";
import { identifyReader } from "@/lib/visitors/identify-reader";

/**
 * POST /api/documents/{id}/views: counts a reader's view of a document as article views are
 * counted (once per visitor per 30 minutes, batched, rate-limited, never for crawlers) and
 * answers the live totals `{ views, downloads, counted }` for the page's counters.
 */
export const POST = handleRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const documentId = parseRouteId((await params).id, DOCUMENT_NOT_FOUND);
  const noStore = { headers: { "Cache-Control": "no-store" } };
  if (detectBot(request.headers.get("user-agent"))) {
    return NextResponse.json(await countDocument({ kind: "document-view", documentId, visitorId: null }), noStore);
  }
  const reader = identifyReader(request);
  await enforceRateLimits(documentViewLimits(documentId, reader));
  return NextResponse.json(await countDocument({ kind: "document-view", documentId, visitorId: reader.visitorId }), noStore);
});
