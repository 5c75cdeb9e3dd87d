import { NextResponse } from "next/server";
import { ARTICLE_NOT_FOUND } from "@/lib/article-views/record-view";
import { getDb } from "@/lib/db/client";
import { handleRoute } from "@/lib/http/handle-route";
import { parseRouteId } from "@/lib/http/route-id";
import { readRatingState } from "@/lib/ratings/rate-article";
import { rateArticleRoute } from "@/lib/ratings/rating-route";
import { knownVisitorId } from "@/lib/visitors/identify-reader";

type Context = { params: Promise<{ id: string }> };

/** `{"average": 4.2, "count": 17, "score": 4 | null}`: the live figures and this visitor's own vote. */
export const GET = handleRoute(async (request: Request, { params }: Context) => {
  const articleId = parseRouteId((await params).id, ARTICLE_NOT_FOUND);
  const state = await readRatingState(await getDb(), articleId, knownVisitorId(request));
  return NextResponse.json(state, { headers: { "Cache-Control": "private, no-store" } });
});

export const POST = rateArticleRoute;
