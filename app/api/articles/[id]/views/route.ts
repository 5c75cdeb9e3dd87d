import { NextResponse } from "next/server";
import { ARTICLE_NOT_FOUND, recordArticleView } from "@/lib/article-views/record-view";
import { handleRoute } from "@/lib/http/handle-route";
import { parseRouteId } from "@/lib/http/route-id";
import { enforceRateLimits } from "@/lib/rate-limit/rate-limit";
import { viewLimits } from "@/lib/rate-limit/reader-limits";
import { detectBot } from "@/lib/visitors/bot-detection";
import { identifyReader } from "@/lib/visitors/identify-reader";

/**
 * Called by the article page in the browser once it has loaded, never while rendering, so cached
 * and prefetched pages count nothing. Crawlers get the total without counting. It needs nothing of
 * Next's request scope, so the public pipeline runs this same handler without entering Next.
 */
export const POST = handleRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const articleId = parseRouteId((await params).id, ARTICLE_NOT_FOUND);
  if (detectBot(request.headers.get("user-agent"))) {
    return NextResponse.json(await recordArticleView({ articleId, visitorId: null }));
  }
  const reader = identifyReader(request);
  await enforceRateLimits(viewLimits(articleId, reader));
  return NextResponse.json(await recordArticleView({ articleId, visitorId: reader.visitorId }));
});
