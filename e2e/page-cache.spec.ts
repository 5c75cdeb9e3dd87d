import type { APIRequestContext } from "@playwright/test";
import { allArticles, articleUrl, commentsOf, isPublicRow } from "./helpers/database";
import { signIn } from "./helpers/staff";
import { expect, test } from "./helpers/console-guard";

// Public pages are rendered once and served from the page cache (lib/page-cache) to anonymous
// readers, each response with its own CSP nonce; writes that change them drop them at once.

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

async function loadTwice(request: APIRequestContext, path: string) {
  const first = await request.get(path);
  const second = await request.get(path);
  return { first, second, html: await second.text() };
}

// Older articles without comments: the comment threads other specs rely on stay as seeded.
function publicArticle(skip = 0) {
  const article = allArticles()
    .filter((row) => isPublicRow(row) && commentsOf(row.id).length === 0)
    .sort((a, b) => a.publishedAt!.getTime() - b.publishedAt!.getTime())[10 + skip];
  if (!article) throw new Error("không có bài công khai");
  return article;
}

test("every page's scripts run by the nonce of its own response, and nothing injected runs", async ({ page, consoleGuard }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const response = await page.goto(articleUrl(publicArticle()));
  const nonce = nonceOf(response!.headers()["content-security-policy"]);
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  const scriptSources = response!.headers()["content-security-policy"]
    .split(";")
    .map((directive) => directive.trim().split(/\s+/))
    .find(([name]) => name === "script-src")!
    .slice(1);
  expect(scriptSources).toEqual(expect.arrayContaining(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]));
  expect(scriptSources).not.toContain("'unsafe-inline'");
  expect(scriptSources).not.toContain("'unsafe-eval'");
  // The page works: its islands hydrated and fetched their live figures without a violation.
  await expect(page.getByTestId("view-count")).toBeVisible();
  await expect(page.getByTestId("rating-summary")).toBeVisible();
  const scripts = await page.locator("script:not([type='application/ld+json'])").evaluateAll((elements) =>
    elements.map((element) => (element as HTMLScriptElement).nonce),
  );
  expect(scripts.length).toBeGreaterThan(0);
  expect(new Set(scripts)).toEqual(new Set([nonce]));
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);

  // Markup that slipped into a page could not run: inline handlers and nonce-less scripts are refused.
  consoleGuard.allow(/Content Security Policy/);
  consoleGuard.allow(/status of 404/); // the injected image's address does not exist
  await page.evaluate(() => {
    document.body.insertAdjacentHTML("beforeend", `<img src="/khong-co-anh.png" onerror="window.ranInjected = true">`);
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.length)).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { ranInjected?: boolean }).ranInjected)).toBeUndefined();
});

test("an anonymous reader's page comes from the cache with a fresh nonce; staff always get a fresh render", async ({ page, request }) => {
  for (const path of ["/", `/tin-tuc/${publicArticle().categorySlug}`, articleUrl(publicArticle()), "/van-ban"]) {
    const { first, second, html } = await loadTwice(request, path);
    expect(second.headers()["x-page-cache"], path).toBe("hit");
    const nonces = [first, second].map((response) => nonceOf(response.headers()["content-security-policy"]));
    expect(nonces[0], path).not.toBe(nonces[1]);
    expect(html, path).toContain(`nonce="${nonces[1]}"`);
    expect(html, path).not.toContain(`nonce="${nonces[0]}"`);
    expect(second.headers()["cache-control"], path).toContain("no-store");
    // The public pipeline answers hits (server/public-pipeline.ts): with the headers Next's answers
    // get, compressed as Next compresses them.
    for (const name of ["x-content-type-options", "referrer-policy", "permissions-policy", "x-frame-options", "content-type"]) {
      expect(second.headers()[name], `${path} ${name}`).toBe(first.headers()[name]);
    }
    expect(second.headers()["x-request-id"], path).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers()["content-encoding"], path).toBe("gzip");
  }
  // The statistics page shows live figures: never cached.
  expect((await loadTwice(request, "/thong-ke")).second.headers()["x-page-cache"]).toBeUndefined();

  await signIn(page, "publisher", "/quan-tri");
  const staffView = await page.goto(articleUrl(publicArticle()));
  expect(staffView!.headers()["x-page-cache"]).toBeUndefined();
});

test("a comment and an editor's change reach the cached pages at once", async ({ page, request }) => {
  const article = publicArticle(1);
  const url = articleUrl(article);
  expect((await loadTwice(request, url)).second.headers()["x-page-cache"]).toBe("hit");
  const categoryPage = `/tin-tuc/${article.categorySlug}`;
  expect((await loadTwice(request, "/")).second.headers()["x-page-cache"]).toBe("hit");
  expect((await loadTwice(request, categoryPage)).second.headers()["x-page-cache"]).toBe("hit");

  // An editor's change to a public article drops every page that lists articles.
  await signIn(page, "publisher", "/quan-tri");
  await page.goto(`/quan-tri/bai-viet/${article.id}`);
  const title = `${article.title} (đã cập nhật ${Date.now() % 100000})`;
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu bài viết." })).toBeVisible();
  expect((await request.get("/")).headers()["x-page-cache"]).toBe("miss");
  expect((await request.get(categoryPage)).headers()["x-page-cache"]).toBe("miss");
  expect(await (await request.get(url)).text()).toContain(title.replace(/&/g, "&amp;"));

  // The home page was rendered again just now, so nothing but an invalidation can end its entry
  // in the next seconds (an entry cached by an earlier test could reach its time limit here).
  expect((await request.get("/")).headers()["x-page-cache"]).toBe("hit");
  expect((await request.get(url)).headers()["x-page-cache"]).toBe("hit");
  // Staff comments are approved at once; the cached article page must show it on the next load.
  const text = `Ý kiến kiểm thử bộ nhớ đệm ${Date.now()}`;
  const posted = await page.request.post(`/api/articles/${article.id}/comments`, {
    data: { name: "Ban biên tập", email: "duyettin@sonha.gov.vn", content: text },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(posted.status()).toBe(201);
  const afterComment = await request.get(url);
  expect(afterComment.headers()["x-page-cache"]).toBe("miss");
  expect(await afterComment.text()).toContain(text);
  // Only that article's page went: the home page is still served from the cache.
  expect((await request.get("/")).headers()["x-page-cache"]).toBe("hit");
});
