import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { publicArticleWhere } from "@/lib/articles/visibility";
import { getDb } from "@/lib/db/client";
import { VISITOR_COOKIE } from "@/lib/visitors/visitor-id";
import { pipelineWithStubNext } from "@/tests/public-pipeline-harness";

// The public address writes are checked against (lib/http/same-origin.ts).
process.env.NEXTAUTH_URL = "http://sonha.test";

// The pipeline runs the view and rating routes' own handlers; these check what it makes of their answers.
const pipeline = pipelineWithStubNext();
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";
const view = (articleId: number | string, headers: Record<string, string> = {}) =>
  pipeline.request({
    method: "POST",
    url: `/api/articles/${articleId}/views`,
    headers: { host: "sonha.test", origin: "http://sonha.test", "user-agent": BROWSER, "x-forwarded-for": "192.0.2.7", ...headers },
  });
type Answer = Awaited<ReturnType<typeof view>>;
const json = (answer: Answer) => answer.json();

describe("POST /api/articles/{id}/views in the public pipeline", () => {
  it("counts a new browser once, gives it its visitor cookie, and answers with every answer's headers", async () => {
    const db = await getDb();
    const article = await db.article.findFirstOrThrow({ where: publicArticleWhere(), select: { id: true, viewCount: true } });
    const first = await view(article.id);
    expect(first.statusCode).toBe(200);
    expect(json(first)).toEqual({ views: article.viewCount + 1, counted: true });
    expect(first.headers["x-content-type-options"]).toBe("nosniff");
    expect(first.headers["x-frame-options"]).toBe("DENY");
    expect(first.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.headers["content-type"]).toMatch(/^application\/json/);
    expect(first.headers["content-length"]).toBe(String(first.rawPayload.length));
    const cookies = [first.headers["set-cookie"]].flat();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(new RegExp(`^${VISITOR_COOKIE}=[0-9a-f-]{36}; .*HttpOnly; SameSite=Lax$`));

    const again = await view(article.id, { cookie: String(cookies[0]).split(";")[0] });
    expect(json(again)).toEqual({ views: article.viewCount + 1, counted: false });
    expect(again.headers["set-cookie"]).toBeUndefined();
    expect(pipeline.reachedNext).toHaveLength(0);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).viewCount).toBe(article.viewCount + 1);
  });

  it("answers refusals as the route does: cross-site 403, unknown article 404, in Vietnamese", async () => {
    const db = await getDb();
    const article = await db.article.findFirstOrThrow({ where: publicArticleWhere(), select: { id: true, viewCount: true } });
    const foreign = await view(article.id, { origin: "https://evil.example" });
    expect(foreign.statusCode).toBe(403);
    expect(json(foreign).error).toMatch(/bị từ chối/);
    const missing = await view(987_654);
    expect(missing.statusCode).toBe(404);
    expect(json(missing).error).toBe("Không tìm thấy bài viết.");
    expect((await view("abc")).statusCode).toBe(404);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).viewCount).toBe(article.viewCount);
  });

  it("leaves every other write to Next", async () => {
    const urls = ["/api/articles/1/rating/extra", "/api/articles/1/views/extra", "/api/comments/1/reaction"];
    for (const url of urls) await pipeline.request({ method: "POST", url, headers: { host: "sonha.test" } });
    await pipeline.request({ method: "PUT", url: "/api/articles/1/views", headers: { host: "sonha.test" } });
    expect(pipeline.reachedNext.splice(0).map((request) => request.url)).toEqual([...urls, "/api/articles/1/views"]);
  });
});

/** A request whose body comes as it arrives, in pieces, as from a socket. */
function rate(articleId: number, body: string, headers: Record<string, string> = {}) {
  const bytes = Buffer.from(body);
  return pipeline.request({
    method: "POST",
    url: `/api/articles/${articleId}/rating`,
    headers: { host: "sonha.test", origin: "http://sonha.test", "user-agent": BROWSER, "x-forwarded-for": "192.0.2.8", "content-type": "application/json", ...headers },
    payload: Readable.from([bytes.subarray(0, 3), bytes.subarray(3)]),
  });
}

describe("POST /api/articles/{id}/rating in the public pipeline", () => {
  it("records the vote from the streamed body, once per visitor, with every answer's headers", async () => {
    const db = await getDb();
    const article = await db.article.findFirstOrThrow({ where: { ...publicArticleWhere(), allowRating: true }, orderBy: { id: "asc" } });
    const first = await rate(article.id, '{"score":5}', { cookie: `${VISITOR_COOKIE}=${crypto.randomUUID()}` });
    expect(first.statusCode).toBe(200);
    expect(json(first).count).toBe(article.ratingCount + 1);
    expect(first.headers["x-content-type-options"]).toBe("nosniff");
    const cookie = `${VISITOR_COOKIE}=${crypto.randomUUID()}`;
    expect((await rate(article.id, '{"score":4}', { cookie })).statusCode).toBe(200);
    const again = await rate(article.id, '{"score":4}', { cookie });
    expect([again.statusCode, json(again).error]).toEqual([409, "Bạn đã đánh giá bài viết này rồi"]);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).ratingCount).toBe(article.ratingCount + 2);
  });

  it("answers bad bodies and foreign origins as the route does, in Vietnamese", async () => {
    const db = await getDb();
    const article = await db.article.findFirstOrThrow({ where: publicArticleWhere(), select: { id: true, ratingCount: true } });
    expect((await rate(article.id, '{"score":', {})).statusCode).toBe(400);
    expect(json(await rate(article.id, '{"score":9}', {})).error).toMatch(/từ 1 đến 5/);
    expect((await rate(article.id, JSON.stringify({ score: 4, pad: "x".repeat(2_000) }))).statusCode).toBe(413);
    const foreign = await rate(article.id, '{"score":4}', { origin: "https://evil.example" });
    expect([foreign.statusCode, json(foreign).error]).toEqual([403, "Yêu cầu không xuất phát từ cổng thông tin nên bị từ chối."]);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).ratingCount).toBe(article.ratingCount);
  });
});
