import { NextResponse } from "next/server";
import { ARTICLE_NOT_FOUND, recordArticleView } from "@/lib/article-views/record-view";
import { getDb } from "@/lib/db/client";
import { handleRoute, parseRouteId } from "@/lib/http/api-error";
import { enforceRateLimits } from "@/lib/rate-limit/rate-limit";
import { viewLimits } from "@/lib/rate-limit/reader-limits";
import { detectBot } from "@/lib/visitors/bot-detection";
import { identifyReader } from "@/lib/visitors/identify-reader";

type Context = { params: Promise<{ id: string }> };

/**
 * Called by the article page in the browser once it has loaded, never while rendering, so
 * cached and prefetched pages count nothing. Crawlers get the total without counting.
 */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const articleId = parseRouteId((await params).id, ARTICLE_NOT_FOUND);
  const db = await getDb();
  if (detectBot(request.headers.get("user-agent"))) {
    return NextResponse.json(await recordArticleView(db, { articleId, visitorId: null }));
  }
  const reader = await identifyReader(request);
  await enforceRateLimits(viewLimits(articleId, reader));
  return NextResponse.json(await recordArticleView(db, { articleId, visitorId: reader.visitorId }));
});
