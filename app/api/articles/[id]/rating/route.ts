import { NextResponse } from "next/server";
import { ARTICLE_NOT_FOUND } from "@/lib/article-views/record-view";
import { handleRoute } from "@/lib/http/handle-route";
import { readJsonBody } from "@/lib/http/request-body";
import { parseRouteId } from "@/lib/http/route-id";
import { enforceRateLimits } from "@/lib/rate-limit/rate-limit";
import { ratingLimits } from "@/lib/rate-limit/reader-limits";
import { rateArticle, ratingInput, readRatingState } from "@/lib/ratings/rate-article";
import { identifyReader, knownVisitorId } from "@/lib/visitors/identify-reader";

type Context = { params: Promise<{ id: string }> };

/** `{"average": 4.2, "count": 17, "score": 4 | null}`: the live figures and this visitor's own vote. */
export const GET = handleRoute(async (request: Request, { params }: Context) => {
  const articleId = parseRouteId((await params).id, ARTICLE_NOT_FOUND);
  const state = await readRatingState(articleId, knownVisitorId(request));
  return NextResponse.json(state, { headers: { "Cache-Control": "private, no-store" } });
});

/**
 * `{"score": 1..5}` → `{"average": 4.2, "count": 17}`; a visitor's second vote is a 409. It needs
 * nothing of Next's request scope, so the public pipeline runs this same handler without entering Next.
 */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const articleId = parseRouteId((await params).id, ARTICLE_NOT_FOUND);
  const { score } = ratingInput.parse(await readJsonBody(request, 1_024));
  const reader = identifyReader(request);
  await enforceRateLimits(ratingLimits(articleId, reader));
  return NextResponse.json(await rateArticle({ articleId, visitorId: reader.visitorId, score }));
});
