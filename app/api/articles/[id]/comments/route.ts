import { NextResponse } from "next/server";
import { ARTICLE_NOT_FOUND } from "@/lib/article-views/record-view";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { commentInput } from "@/lib/comments/comment-input";
import { COMMENT_BODY_MAX_BYTES } from "@/lib/comments/comment-limits";
import { commentListQuery, listArticleComments } from "@/lib/comments/list-comments";
import { postComment } from "@/lib/comments/post-comment";
import { handleRoute } from "@/lib/http/handle-route";
import { readJsonBody } from "@/lib/http/request-body";
import { parseRouteId } from "@/lib/http/route-id";
import { enforceRateLimits } from "@/lib/rate-limit/rate-limit";
import { commentLimits } from "@/lib/rate-limit/reader-limits";
import { identifyReader, knownVisitorId } from "@/lib/visitors/identify-reader";

type Context = { params: Promise<{ id: string }> };

/** `?sort=newest|oldest|liked&page=N`: one page of approved comments as threads. */
export const GET = handleRoute(async (request: Request, { params }: Context) => {
  const articleId = parseRouteId((await params).id, ARTICLE_NOT_FOUND);
  const search = new URL(request.url).searchParams;
  const query = commentListQuery.parse({ sort: search.get("sort") ?? undefined, page: search.get("page") ?? undefined });
  const page = await listArticleComments(articleId, { ...query, visitorId: knownVisitorId(request) });
  return NextResponse.json(page, { headers: { "Cache-Control": "private, no-store" } });
});

const MESSAGES = {
  approved: "Cảm ơn bạn đã gửi bình luận.",
  pending: "Bình luận của bạn đang chờ duyệt",
} as const;

/** 201 when the comment is shown at once, 202 when it waits for an editor. */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const articleId = parseRouteId((await params).id, ARTICLE_NOT_FOUND);
  const input = commentInput.parse(await readJsonBody(request, COMMENT_BODY_MAX_BYTES));
  const reader = identifyReader(request);
  const user = await getCurrentUser();
  const staffUserId = user && can(user.role, "editor-area.enter") ? user.id : null;
  if (staffUserId === null) await enforceRateLimits(commentLimits(articleId, reader));
  const posted = await postComment({ articleId, input, reader, staffUserId });
  return NextResponse.json({ ...posted, message: MESSAGES[posted.status] }, { status: posted.status === "approved" ? 201 : 202 });
});
