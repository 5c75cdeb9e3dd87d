import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { sessionIdleSeconds } from "../lib/auth/session-config";
import { vietnamDay } from "../lib/format/vietnam-time";
import { connectTestRedis, REDIS_TEST_URL } from "../tests/redis-test-connection";
import { allArticles, articleCounters, articleUrl, isPublicRow, statsDayRow, visitorPresence } from "./helpers/database";
import { e2eOnPostgres } from "./helpers/e2e-database-url";
import { createAccount } from "./helpers/editorial-accounts";
import { startOwnServer } from "./helpers/own-server";
import { expect, test } from "./helpers/console-guard";
import { forgedSessionCookie, signIn, STAFF } from "./helpers/staff";

// Two instances of the same build on one PostgreSQL database, as behind a load
// balancer: same NEXTAUTH_SECRET, same uploads. They must behave as one site; then a second pair
// sharing a Redis as well. Run by the PostgreSQL pass of `npm test` (E2E_DATABASE_URL=postgres://…);
// after the e2e server has prepared that database and the build.

test.skip(!e2eOnPostgres(), "chỉ chạy khi E2E_DATABASE_URL là postgres:// (lượt PostgreSQL của npm test)");
// Hundreds of requests and two sign-ins on a shared two-core machine: more time than one page needs.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const INSTANCES = [3210, 3211].map((port) => `http://127.0.0.1:${port}`);
const [A, B] = INSTANCES;
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

const stops: (() => void)[] = [];

/**
 * Starts one instance the way a deployment does (scripts/serve.mjs, as `npm start` runs it) behind
 * a load balancer (TRUST_PROXY=1: each reader's address arrives in X-Forwarded-For), and waits
 * until it answers.
 */
async function startInstance(base: string, env: Record<string, string> = {}): Promise<void> {
  const { stop } = await startOwnServer(Number(new URL(base).port), { TRUST_PROXY: "1", ...env });
  stops.push(stop);
}

function stopInstances() {
  for (const stop of stops.splice(0)) stop();
}

let ipSerial = 0;
/** One reader: its own visitor cookie and address, so no per-visitor or per-address limit applies. */
function reader(base: string) {
  const ip = `203.0.113.${(ipSerial++ % 250) + 1}`;
  const headers = { cookie: `vid=${randomUUID()}`, "x-forwarded-for": ip, "user-agent": CHROME, "content-type": "application/json" };
  return {
    headers,
    post: async (path: string, body?: unknown) => {
      const response = await fetch(`${base}${path}`, { method: "POST", headers, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
  };
}

const publicArticles = () => allArticles().filter((article) => isPublicRow(article)).sort((a, b) => a.id - b.id);

async function stats(base: string) {
  const response = await fetch(`${base}/api/stats`);
  expect(response.status).toBe(200);
  return (await response.json()) as { online: number; guests: number; today: number; total: number };
}

test.describe("on one database", () => {
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    await Promise.all(INSTANCES.map((base) => startInstance(base)));
  });
  test.afterAll(stopInstances);

  test("counters stay exact with the load spread over both instances", async () => {
    const article = publicArticles()[3];
    const before = articleCounters(article.id);

    const views = await Promise.all(
      Array.from({ length: 200 }, (_, i) => reader(INSTANCES[i % 2]).post(`/api/articles/${article.id}/views`)),
    );
    expect(views.filter((view) => view.status !== 200 || view.body.counted !== true)).toEqual([]);
    expect(articleCounters(article.id).viewCount).toBe(before.viewCount + 200);

    const scores = Array.from({ length: 100 }, (_, i) => (i % 5) + 1);
    const votes = await Promise.all(
      scores.map((score, i) => reader(INSTANCES[i % 2]).post(`/api/articles/${article.id}/rating`, { score })),
    );
    expect(votes.map((vote) => vote.status).filter((status) => status !== 200)).toEqual([]);
    const after = articleCounters(article.id);
    expect(after.ratingCount).toBe(before.ratingCount + 100);
    expect(after.ratingSum).toBe(before.ratingSum + scores.reduce((sum, score) => sum + score, 0));
  });

  test("visits on either instance appear in the figures of both", async () => {
    const [beforeA, beforeB] = await Promise.all([stats(A), stats(B)]);
    const visitors = [reader(A), reader(B)];
    for (const [i, visitor] of visitors.entries()) {
      const response = await fetch(`${INSTANCES[i]}/`, { headers: visitor.headers });
      expect(response.status).toBe(200);
    }
    // Hits are written about once a second and the figures are kept a few seconds per instance.
    for (const visitor of visitors) {
      const id = /vid=([\w-]+)/.exec(visitor.headers.cookie)![1];
      await expect.poll(() => visitorPresence(id), { timeout: 15_000 }).toEqual({ isBot: 0, botName: null });
    }
    for (const [base, before] of [[A, beforeA], [B, beforeB]] as const) {
      await expect
        .poll(async () => (await stats(base)).today - before.today, { timeout: 15_000, message: `${base}/api/stats` })
        .toBeGreaterThanOrEqual(2);
    }
    // One set of figures: with no traffic, both instances settle on the same numbers.
    await expect.poll(async () => {
      const [a, b] = await Promise.all([stats(A), stats(B)]);
      return a.online >= 2 && a.guests >= 2 ? JSON.stringify(a) === JSON.stringify(b) : false;
    }, { timeout: 15_000 }).toBe(true);
  });

  test("a session signed in on one instance is valid on the other", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: A });
    const page = await context.newPage();
    await signIn(page, "admin", "/quan-tri/bai-viet");
    // Cookies do not depend on the port: the browser offers A's session cookie to B, as it offers
    // it to whichever instance a load balancer picks behind one address.
    await page.goto(`${B}/quan-tri/bai-viet`);
    await expect(page).toHaveURL(`${B}/quan-tri/bai-viet`);
    await expect(page.getByRole("heading", { level: 1, name: "Bài viết" })).toBeVisible();

    // Without that session, the same page on B asks to sign in: what made it load was the session.
    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto(`${B}/quan-tri/bai-viet`);
    await expect(stranger).toHaveURL(`${B}/dang-nhap?callbackUrl=${encodeURIComponent("/quan-tri/bai-viet")}`);
    await Promise.all([context.close(), stranger.context().close()]);
  });

  test("signing out on one instance ends the session on the other; a token idle past the limit opens neither", async ({ browser }) => {
    const account = createAccount("publisher", "Cán bộ thử đăng xuất hai máy");
    const owner = await browser.newContext({ baseURL: A });
    const page = await owner.newPage();
    await signIn(page, account, "/quan-tri/binh-luan");
    const captured = (await owner.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"))!;
    const thief = await browser.newContext({ javaScriptEnabled: false });
    await thief.addCookies([{ name: captured.name, value: captured.value, url: B, httpOnly: true, sameSite: "Lax" }]);
    const stolen = await thief.newPage();
    await stolen.goto(`${B}/quan-tri/binh-luan`);
    await expect(stolen.getByRole("heading", { level: 1 })).toHaveText("Duyệt bình luận");

    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/dang-nhap/);
    // Signed out through A; B refuses the copy at once, on its pages and its keep-alive.
    await stolen.goto(`${B}/quan-tri/binh-luan`);
    await expect(stolen).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fquan-tri%2Fbinh-luan$/);
    expect((await thief.request.post(`${B}/api/session/keep-alive`)).status()).toBe(401);

    // A token whose last activity is past the idle limit, though its JWT lives for 30 days.
    for (const base of INSTANCES) {
      const idle = await browser.newContext({ javaScriptEnabled: false });
      await idle.addCookies([await forgedSessionCookie(base, STAFF.admin.email, 30 * 24 * 3600, sessionIdleSeconds() + 30)]);
      expect((await idle.request.post(`${base}/api/session/keep-alive`)).status(), base).toBe(401);
      const idlePage = await idle.newPage();
      await idlePage.goto(`${base}/quan-tri/bai-viet`);
      await expect(idlePage).toHaveURL(/\/dang-nhap/);
      await idle.close();
    }
    await Promise.all([owner.close(), thief.close()]);
  });

  test("an editor's change through one instance shows on the other's public page within seconds", async ({ browser }) => {
    const article = publicArticles()[4];
    const publicPage = await (await browser.newContext()).newPage();
    // B has served the page before the change, so whatever it keeps must be refreshed.
    await publicPage.goto(`${B}${articleUrl(article)}`);
    await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText(article.title);

    const editor = await (await browser.newContext({ baseURL: A })).newPage();
    await signIn(editor, "admin", `/quan-tri/bai-viet/${article.id}`);
    const title = `${article.title} (cập nhật ${Date.now().toString(36)})`;
    await editor.getByLabel("Tiêu đề", { exact: true }).fill(title);
    await editor.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(editor.getByRole("status").filter({ hasText: "Đã lưu bài viết." })).toBeVisible();

    await expect
      .poll(async () => {
        await publicPage.reload();
        return publicPage.getByRole("heading", { level: 1 }).textContent();
      }, { timeout: 10_000, intervals: [500] })
      .toBe(title);
    await Promise.all([publicPage.context().close(), editor.context().close()]);
  });
});

// The same build again, with REDIS_URL: rate limits and presence (who is online, where each
// visit window stands) in Redis, history still in the database (lib/stats/presence-store.ts).
// Skipped with the reason when no Redis answers, except under CI (tests/redis-test-connection.ts).
test.describe("sharing one Redis", () => {
  const [C, D] = [3212, 3213].map((port) => `http://127.0.0.1:${port}`);
  let redis: Redis | undefined;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const { connections, unavailable } = await connectTestRedis(1);
    test.skip(unavailable !== null, unavailable ?? "");
    redis = connections[0];
    await Promise.all([C, D].map((base) => startInstance(base, { REDIS_URL: REDIS_TEST_URL })));
  });
  test.afterAll(async () => {
    stopInstances();
    await redis?.quit();
  });

  test("a browser whose page views reach both instances at once starts one visit", async () => {
    const day = vietnamDay(new Date());
    const before = statsDayRow(day);
    const visitors = Array.from({ length: 10 }, () => reader(C));
    await Promise.all(
      visitors.flatMap((visitor) =>
        [C, D].map(async (base) => expect((await fetch(`${base}/`, { headers: visitor.headers })).status).toBe(200)),
      ),
    );
    // Each instance writes its page views about a second later; the visit window is decided in Redis.
    await expect.poll(() => statsDayRow(day).pageViews - before.pageViews, { timeout: 15_000 }).toBe(20);
    expect(statsDayRow(day).visits - before.visits).toBe(10);
    for (const visitor of visitors) {
      const id = /vid=([\w-]+)/.exec(visitor.headers.cookie)![1];
      expect(await redis!.zscore("portal:presence:people", id)).not.toBeNull();
      expect(visitorPresence(id)).toBeUndefined();
    }
    // Both instances count the same people online, from Redis.
    await expect.poll(async () => {
      const [c, d] = await Promise.all([stats(C), stats(D)]);
      return c.guests >= 10 && JSON.stringify(c) === JSON.stringify(d);
    }, { timeout: 15_000 }).toBe(true);
  });
});
