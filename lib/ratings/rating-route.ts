import { NextResponse } from "next/server";
import { ARTICLE_NOT_FOUND } from "@/lib/article-views/record-view";
import { getDb } from "@/lib/db/client";
import { handleRoute } from "@/lib/http/handle-route";
import { readJsonBody } from "@/lib/http/request-body";
import { parseRouteId } from "@/lib/http/route-id";
import { enforceRateLimits } from "@/lib/rate-limit/rate-limit";
import { ratingLimits } from "@/lib/rate-limit/reader-limits";
import { identifyReader } from "@/lib/visitors/identify-reader";
import { rateArticle, ratingInput } from "./rate-article";

/** Where the rating route lives; the server's front door answers its POST too (lib/page-cache/front-door.ts). */
export const ARTICLE_RATING_PATH = /^\/api\/articles\/([^/]+)\/rating$/;

/**
 * POST /api/articles/{id}/rating, `{"score": 1..5}` → `{"average": 4.2, "count": 17}`; a
 * visitor's second vote is a 409. It needs nothing of Next's request scope, so the front door
 * runs this same handler without entering Next's pipeline, as it does for the views.
 */
export const rateArticleRoute = handleRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const articleId = parseRouteId((await params).id, ARTICLE_NOT_FOUND);
  const { score } = ratingInput.parse(await readJsonBody(request, 1_024));
  const reader = identifyReader(request);
  await enforceRateLimits(ratingLimits(articleId, reader));
  return NextResponse.json(await rateArticle(await getDb(), { articleId, visitorId: reader.visitorId, score }));
});
