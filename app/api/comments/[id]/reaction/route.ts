import { NextResponse } from "next/server";
import { COMMENT_NOT_FOUND } from "@/lib/comments/comment-status";
import { reactionInput, reactToComment } from "@/lib/comments/react-to-comment";
import { handleRoute } from "@/lib/http/handle-route";
import { readJsonBody } from "@/lib/http/request-body";
import { parseRouteId } from "@/lib/http/route-id";
import { enforceRateLimits } from "@/lib/rate-limit/rate-limit";
import { reactionLimits } from "@/lib/rate-limit/reader-limits";
import { identifyReader } from "@/lib/visitors/identify-reader";

type Context = { params: Promise<{ id: string }> };

/** `{"reaction": "like" | "dislike"}` → `{"likes", "dislikes"}`; once per visitor per comment (409). */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const commentId = parseRouteId((await params).id, COMMENT_NOT_FOUND);
  const { reaction } = reactionInput.parse(await readJsonBody(request, 1_024));
  const reader = identifyReader(request);
  await enforceRateLimits(reactionLimits(reader));
  return NextResponse.json(await reactToComment({ commentId, visitorId: reader.visitorId, reaction }));
});
