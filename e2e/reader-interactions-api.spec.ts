import { randomUUID } from "node:crypto";
import { allArticles, articleCounters, commentsOf, isPublicRow, type ArticleRow } from "./helpers/database";
import { expect, test } from "./helpers/console-guard";
import { signIn } from "./helpers/staff";

// Every status of every reader route, over HTTP against the production server. Each test
// speaks as its own visitors (cookie) from its own address (X-Forwarded-For), so the
// in-process rate limits of one test never reach another.

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
let ipSerial = 0;
const newIp = () => `198.51.100.${++ipSerial}`;

type Call = { status: number; body: Record<string, unknown>; headers: Headers };

function client(baseURL: string, { visitorId = randomUUID(), ip = newIp(), userAgent = CHROME } = {}) {
  const call = async (method: "GET" | "POST", path: string, body?: unknown, raw?: string): Promise<Call> => {
    const response = await fetch(new URL(path, baseURL), {
      method,
      headers: { cookie: `vid=${visitorId}`, "x-forwarded-for": ip, "user-agent": userAgent, "content-type": "application/json" },
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    return { status: response.status, body: await response.json(), headers: response.headers };
  };
  return { visitorId, ip, get: (path: string) => call("GET", path), post: (path: string, body?: unknown, raw?: string) => call("POST", path, body, raw) };
}

const publicArticles = () => allArticles().filter((article) => isPublicRow(article)).sort((a, b) => a.id - b.id);
const quiet = (index: number) => publicArticles().filter((a) => commentsOf(a.id).length === 0)[index];
const hiddenArticle = () => allArticles().find((article: ArticleRow) => !isPublicRow(article))!;
const expectVietnameseError = (call: Call, status: number) => {
  expect(call.status).toBe(status);
  expect(typeof call.body.error).toBe("string");
  expect(call.body.error as string).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêềếểễệôồốổỗộơờớởỡợưừứửữựìíỉĩịòóỏõọùúủũụ]/i);
};

test("views: 200, counted once per visitor, not for crawlers, 404 for what is not public, 429 past the limit", async ({ baseURL }) => {
  const article = quiet(0);
  const reader = client(baseURL!);
  const before = articleCounters(article.id).viewCount;
  expect((await reader.post(`/api/articles/${article.id}/views`)).body).toEqual({ views: before + 1, counted: true });
  expect((await reader.post(`/api/articles/${article.id}/views`)).body).toEqual({ views: before + 1, counted: false });
  const googlebot = client(baseURL!, { userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" });
  expect((await googlebot.post(`/api/articles/${article.id}/views`)).body).toEqual({ views: before + 1, counted: false });
  expect(articleCounters(article.id).viewCount).toBe(before + 1);

  for (const id of ["987654", "abc", "0", String(hiddenArticle().id)]) {
    expectVietnameseError(await reader.post(`/api/articles/${id}/views`), 404);
  }

  const busy = client(baseURL!);
  const statuses: number[] = [];
  for (let i = 0; i < 120; i++) statuses.push((await busy.post(`/api/articles/${article.id}/views`)).status);
  expect(new Set(statuses)).toEqual(new Set([200]));
  const refused = await busy.post(`/api/articles/${article.id}/views`);
  expectVietnameseError(refused, 429);
  expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
});

test("views: 200 concurrent visitors behind one office address add exactly 200", async ({ baseURL }) => {
  const article = quiet(1);
  const before = articleCounters(article.id).viewCount;
  const office = newIp();
  const results = await Promise.all(
    Array.from({ length: 200 }, () => client(baseURL!, { ip: office }).post(`/api/articles/${article.id}/views`)),
  );
  expect(results.map((r) => r.status).filter((status) => status !== 200)).toEqual([]);
  expect(results.every((r) => r.body.counted === true)).toBe(true);
  expect(articleCounters(article.id).viewCount).toBe(before + 200);
});

test("rating: 200, 400 for anything but an integer 1–5, 413, 404, 409 for a second vote, 429 past the limit", async ({ baseURL }) => {
  const article = quiet(2);
  const reader = client(baseURL!);
  const path = `/api/articles/${article.id}/rating`;
  for (const body of [{ score: 0 }, { score: 6 }, { score: 2.5 }, { score: "4" }, {}, [], null]) {
    expectVietnameseError(await reader.post(path, body), 400);
  }
  expectVietnameseError(await reader.post(path, undefined, "{không phải json"), 400);
  expectVietnameseError(await reader.post(path, undefined, JSON.stringify({ score: 3, pad: "x".repeat(2_000) })), 413);
  for (const id of ["987654", String(hiddenArticle().id)]) expectVietnameseError(await reader.post(`/api/articles/${id}/rating`, { score: 3 }), 404);

  const before = articleCounters(article.id);
  const first = await reader.post(path, { score: 5 });
  expect(first.status).toBe(200);
  expect(first.body).toEqual({
    average: Math.round(((before.ratingSum + 5) * 10) / (before.ratingCount + 1)) / 10,
    count: before.ratingCount + 1,
  });
  const second = await reader.post(path, { score: 1 });
  expect(second).toMatchObject({ status: 409, body: { error: "Bạn đã đánh giá bài viết này rồi" } });

  // 30 votes per visitor in ten minutes: the two 404s and two votes above were counted; invalid input is not.
  const statuses: number[] = [];
  for (let i = 0; i < 26; i++) statuses.push((await reader.post(path, { score: 2 })).status);
  expect(new Set(statuses)).toEqual(new Set([409]));
  expectVietnameseError(await reader.post(path, { score: 2 }), 429);
  expect(articleCounters(article.id).ratingCount).toBe(before.ratingCount + 1);
});

test("comments: GET 200 without emails, 400 for a bad sort or page, 404 for an unknown article or page", async ({ baseURL }) => {
  const article = allArticles().filter((a) => isPublicRow(a)).find((a) => commentsOf(a.id).some((c) => c.status === "approved"))!;
  const reader = client(baseURL!);
  const listed = await reader.get(`/api/articles/${article.id}/comments?sort=oldest&page=1`);
  expect(listed.status).toBe(200);
  expect(listed.body).toMatchObject({ page: 1, sort: "oldest", total: commentsOf(article.id).filter((c) => c.status === "approved").length });
  const text = JSON.stringify(listed.body);
  for (const comment of commentsOf(article.id)) {
    expect(text).not.toContain(comment.authorEmail);
    if (comment.status !== "approved") expect(text).not.toContain(comment.content);
  }
  expectVietnameseError(await reader.get(`/api/articles/${article.id}/comments?sort=hot`), 400);
  expectVietnameseError(await reader.get(`/api/articles/${article.id}/comments?page=abc`), 400);
  expectVietnameseError(await reader.get(`/api/articles/${article.id}/comments?page=99`), 404);
  expectVietnameseError(await reader.get(`/api/articles/987654/comments`), 404);
  expectVietnameseError(await reader.get(`/api/articles/${hiddenArticle().id}/comments`), 404);
});

test("comments: POST 202 held for a guest, 400, 413, 404, honeypot, 429 past the limit", async ({ baseURL }) => {
  const article = quiet(3);
  const path = `/api/articles/${article.id}/comments`;
  const reader = client(baseURL!);
  const valid = { name: "Bùi Văn Nam", email: "nam.bui@example.vn", content: "Tôi đồng tình với chủ trương này." };

  const held = await reader.post(path, valid);
  expect(held.status).toBe(202);
  expect(held.body).toMatchObject({ status: "pending", message: "Bình luận của bạn đang chờ duyệt" });

  for (const body of [
    { ...valid, name: "" },
    { ...valid, name: "a".repeat(101) },
    { ...valid, content: "a" },
    { ...valid, content: "ư".repeat(5_001) },
    { ...valid, email: "khong-hop-le" },
    { ...valid, parentId: "1" },
    { name: valid.name },
    "chuỗi",
  ]) {
    expectVietnameseError(await reader.post(path, body), 400);
  }
  expectVietnameseError(await reader.post(path, undefined, JSON.stringify({ ...valid, content: "x".repeat(40_000) })), 413);
  expectVietnameseError(await reader.post(`/api/articles/987654/comments`, valid), 404);
  expectVietnameseError(await reader.post(`/api/articles/${hiddenArticle().id}/comments`, valid), 404);
  expectVietnameseError(await reader.post(path, { ...valid, parentId: 987_654 }), 404);

  const bot = await client(baseURL!).post(path, { ...valid, content: "Quảng cáo giá rẻ", website: "http://spam.example" });
  expect(bot.status).toBe(202);
  expect(commentsOf(article.id).some((c) => c.content === "Quảng cáo giá rẻ")).toBe(false);

  // Five comments per visitor per article in ten minutes.
  const writer = client(baseURL!);
  for (let i = 1; i <= 5; i++) expect((await writer.post(path, { ...valid, content: `Ý kiến thứ ${i}` })).status).toBe(202);
  const refused = await writer.post(path, { ...valid, content: "Ý kiến thứ 6" });
  expectVietnameseError(refused, 429);
  expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  // Another person in the same office is not affected.
  expect((await client(baseURL!, { ip: writer.ip }).post(path, { ...valid, content: "Người khác cùng cơ quan" })).status).toBe(202);
});

test("comments: POST 201 for signed-in staff, shown at once and counted", async ({ page }) => {
  const article = quiet(4);
  const before = articleCounters(article.id).commentCount;
  await signIn(page, "admin", "/quan-tri/binh-luan");
  const response = await page.request.post(`/api/articles/${article.id}/comments`, {
    data: { name: "Ban biên tập", email: "bientap@sonha.gov.vn", content: "Thông tin chính thức từ ban biên tập." },
  });
  expect(response.status()).toBe(201);
  expect(await response.json()).toMatchObject({ status: "approved", message: "Cảm ơn bạn đã gửi bình luận." });
  expect(articleCounters(article.id).commentCount).toBe(before + 1);
});

test("reactions: 200 once, 409 again, 400, 413, 404 for unknown or unapproved comments, 429 past the limit", async ({ baseURL }) => {
  const comments = allArticles()
    .filter((a) => isPublicRow(a))
    .flatMap((a) => commentsOf(a.id));
  const approved = comments.find((c) => c.status === "approved")!;
  const pending = comments.find((c) => c.status === "pending")!;
  const reader = client(baseURL!);
  const path = `/api/comments/${approved.id}/reaction`;

  for (const body of [{ reaction: "love" }, {}, { reaction: 1 }]) expectVietnameseError(await reader.post(path, body), 400);
  expectVietnameseError(await reader.post(path, undefined, JSON.stringify({ reaction: "like", pad: "x".repeat(2_000) })), 413);
  for (const id of ["987654", "x", String(pending.id)]) {
    expectVietnameseError(await reader.post(`/api/comments/${id}/reaction`, { reaction: "like" }), 404);
  }

  const first = await reader.post(path, { reaction: "dislike" });
  expect(first.status).toBe(200);
  expect(first.body.dislikes).toBeGreaterThanOrEqual(1);
  expect((await reader.post(path, { reaction: "like" })).status).toBe(409);

  // 60 reactions per visitor in ten minutes: the two 404s of existing ids and two reactions above were counted.
  const statuses: number[] = [];
  for (let i = 0; i < 56; i++) statuses.push((await reader.post(path, { reaction: "like" })).status);
  expect(new Set(statuses)).toEqual(new Set([409]));
  expectVietnameseError(await reader.post(path, { reaction: "like" }), 429);
});
