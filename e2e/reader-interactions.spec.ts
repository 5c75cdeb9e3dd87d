import type { Page } from "@playwright/test";
import { formatCount } from "../lib/format/number";
import { formatAverage, RATING_LABELS } from "../lib/ratings/rating-summary";
import { DEMO_ADMIN } from "../prisma/seed/demo-admin";
import { allArticles, articleCounters, articleUrl, commentsOf, isPublicRow, type ArticleRow } from "./helpers/database";
import { expectNoAccessibilityViolations } from "./helpers/accessibility";
import { expect, test } from "./helpers/console-guard";
import { signIn } from "./helpers/staff";

// Each test works on its own article so the tests stay independent of each other's writes.
const byNewest = (a: ArticleRow, b: ArticleRow) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || b.id - a.id;
const publicArticles = () => allArticles().filter((article) => isPublicRow(article)).sort(byNewest);
// The seed's comment threads sit on what were the two newest articles; tests that publish
// articles (e2e/article-editing.spec.ts runs earlier) push those down the list.
const threadedArticles = () =>
  publicArticles().filter((article) => commentsOf(article.id).some((c) => c.status === "approved" && c.parentId === null));
const quietArticle = (index: number) => publicArticles().filter((article) => commentsOf(article.id).length === 0)[30 + index];

const viewResponse = (page: Page) => page.waitForResponse((response) => /\/api\/articles\/\d+\/views$/.test(response.url()));

test("views: a reload does not count again, another browser does", async ({ page, browser }) => {
  const article = quietArticle(0);
  const before = articleCounters(article.id).viewCount;

  const firstView = viewResponse(page);
  await page.goto(articleUrl(article));
  expect(await (await firstView).json()).toEqual({ views: before + 1, counted: true });
  await expect(page.getByTestId("view-count")).toHaveText(formatCount(before + 1));

  const reloadView = viewResponse(page);
  await page.reload();
  expect(await (await reloadView).json()).toEqual({ views: before + 1, counted: false });
  await expect(page.getByTestId("view-count")).toHaveText(formatCount(before + 1));

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const otherView = viewResponse(otherPage);
  await otherPage.goto(articleUrl(article));
  expect((await (await otherView).json()).counted).toBe(true);
  await expect(otherPage.getByTestId("view-count")).toHaveText(formatCount(before + 2));
  await other.close();
  expect(articleCounters(article.id).viewCount).toBe(before + 2);
});

test("rating with the keyboard, then a reload shows the visitor's vote", async ({ page }) => {
  const article = quietArticle(1);
  const before = articleCounters(article.id);
  await page.goto(articleUrl(article));

  const stars = page.getByRole("group", { name: "Click để đánh giá bài viết" });
  await expect(stars.getByRole("radio")).toHaveCount(5);
  for (const label of RATING_LABELS) await expect(stars.getByRole("radio", { name: label, exact: true })).toBeVisible();
  await stars.getByRole("radio", { name: "rất kém", exact: true }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await expect(stars.getByRole("radio", { name: "tốt", exact: true })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Gửi đánh giá" })).toBeFocused();
  await page.keyboard.press("Enter");

  const average = formatAverage(Math.round(((before.ratingSum + 4) * 10) / (before.ratingCount + 1)) / 10);
  await expect(page.getByTestId("rating-summary")).toContainText(`Điểm trung bình: ${average}/5 (${before.ratingCount + 1} lượt đánh giá)`);
  await expect(page.getByRole("status").filter({ hasText: "Cảm ơn bạn đã đánh giá" })).toBeVisible();

  await page.reload();
  await expect(stars.getByRole("radio", { name: "tốt", exact: true })).toBeChecked();
  await expect(stars.getByRole("radio", { name: "tốt", exact: true })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Gửi đánh giá" })).toHaveCount(0);
  await expect(page.getByTestId("rating-summary")).toContainText("Bạn đã chọn: tốt.");

  // The server refuses a second vote from the same browser, whatever the widget shows.
  const again = await page.request.post(`/api/articles/${article.id}/rating`, { data: { score: 5 } });
  expect(again.status()).toBe(409);
  expect(await again.json()).toEqual({ error: "Bạn đã đánh giá bài viết này rồi" });

  const structured = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
  const jsonLd = structured.find((data) => data["@type"] === "AggregateRating");
  expect(jsonLd).toMatchObject({
    "@type": "AggregateRating",
    ratingCount: before.ratingCount + 1,
    bestRating: 5,
    itemReviewed: { "@type": "CreativeWorkSeries", name: article.title },
  });
  expect(jsonLd.itemReviewed.url).toMatch(new RegExp(`${articleUrl(article)}$`));
});

test("a guest's comment waits for approval; an editor approves it and Phản hồi rises", async ({ page, browser }) => {
  const article = quietArticle(2);
  const before = articleCounters(article.id).commentCount;
  await page.goto(articleUrl(article));
  await expect(page.getByTestId("comment-count")).toHaveText(String(before));

  const form = page.getByRole("form", { name: "Gửi bình luận" });
  await form.getByLabel("Họ và tên").fill("Đinh Thị Mai");
  await form.getByLabel("Email").fill("mai.dinh@example.vn");
  await form.getByLabel("Nội dung").fill("Xin hỏi thời hạn nộp hồ sơ là ngày nào?\nTôi ở xã Hà Sơn.");
  await form.getByRole("button", { name: "Gửi bình luận" }).click();
  await expect(page.getByTestId("comment-message")).toHaveText("Bình luận của bạn đang chờ duyệt");
  await expect(page.getByTestId("comment")).toHaveCount(0);
  expect(commentsOf(article.id).map((c) => c.status)).toEqual(["pending"]);

  const editor = await browser.newContext();
  const editorPage = await editor.newPage();
  await signIn(editorPage, "admin", "/quan-tri/binh-luan");
  const item = editorPage.getByTestId("moderation-item").filter({ hasText: "Xin hỏi thời hạn nộp hồ sơ" });
  await expect(item).toContainText("mai.dinh@example.vn");
  await expectNoAccessibilityViolations(editorPage);
  await item.getByRole("button", { name: "Duyệt" }).click();
  await expect(editorPage.getByRole("status")).toHaveText("Đã duyệt bình luận.");
  await expect(editorPage.getByTestId("moderation-item").filter({ hasText: "Xin hỏi thời hạn nộp hồ sơ" })).toHaveCount(0);
  await editor.close();

  await page.reload();
  await expect(page.getByTestId("comment-count")).toHaveText(String(before + 1));
  const comment = page.getByTestId("comment").filter({ hasText: "Đinh Thị Mai" });
  await expect(comment.getByTestId("comment-content")).toHaveText("Xin hỏi thời hạn nộp hồ sơ là ngày nào?\nTôi ở xã Hà Sơn.", { useInnerText: true });
  // The email is for the editors only.
  await expect(page.locator("body")).not.toContainText("mai.dinh@example.vn");
});

test("a reader likes a comment once; an editor's reply appears at once under it", async ({ page, browser }) => {
  const article = threadedArticles()[1];
  const target = commentsOf(article.id).find((c) => c.status === "approved" && c.parentId === null)!;
  const before = articleCounters(article.id).commentCount;
  await page.goto(articleUrl(article));

  const comment = page.getByTestId("comment").filter({ has: page.getByText(target.content, { exact: true }) }).first();
  await comment.getByRole("button", { name: /^Thích/ }).click();
  await expect(comment.getByRole("button", { name: /^Thích/ })).toHaveText(`Thích (${target.likeCount + 1})`);
  await expect(comment.getByRole("button", { name: /^Thích/ })).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(comment.getByRole("button", { name: /^Thích/ })).toHaveText(`Thích (${target.likeCount + 1})`);
  await expect(comment.getByRole("button", { name: /^Thích/ })).toBeDisabled();

  const editor = await browser.newContext();
  const editorPage = await editor.newPage();
  await signIn(editorPage, "admin", "/quan-tri/binh-luan");
  await editorPage.goto(articleUrl(article));
  const editorView = editorPage.getByTestId("comment").filter({ has: editorPage.getByText(target.content, { exact: true }) }).first();
  await editorView.getByRole("button", { name: "Trả lời" }).click();
  const reply = editorView.getByRole("form", { name: "Trả lời bình luận" });
  await expect(reply.getByLabel("Họ và tên")).toHaveValue(DEMO_ADMIN.name);
  await reply.getByLabel("Nội dung").fill("Cảm ơn bạn, ban biên tập đã chuyển ý kiến đến cơ quan chủ trì.");
  await reply.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(editorPage.getByTestId("comment-message")).toHaveText("Cảm ơn bạn đã gửi bình luận.");
  await editor.close();

  await page.reload();
  await expect(page.getByTestId("comment-count")).toHaveText(String(before + 1));
  const thread = page.getByTestId("comment").filter({ has: page.getByText(target.content, { exact: true }) }).first();
  await expect(thread.getByRole("list", { name: `Trả lời ${target.authorName}` })).toContainText("Cảm ơn bạn, ban biên tập đã chuyển ý kiến");
});

test("comments sort by newest, oldest and most liked", async ({ page }) => {
  const article = threadedArticles()[0];
  const topLevel = commentsOf(article.id).filter((c) => c.status === "approved" && c.parentId === null);
  expect(topLevel.length).toBeGreaterThanOrEqual(3);
  const names = (order: (a: (typeof topLevel)[number], b: (typeof topLevel)[number]) => number) =>
    [...topLevel].sort(order).map((c) => c.authorName);
  const time = (c: (typeof topLevel)[number]) => c.createdAt.getTime();

  await page.goto(articleUrl(article));
  const authors = page.getByTestId("comment-list").locator(":scope > li > article").getByTestId("comment-author");
  await expect(authors).toHaveText(names((a, b) => time(b) - time(a) || b.id - a.id));
  const sort = page.getByLabel("Sắp xếp");
  await sort.selectOption({ label: "Cũ nhất" });
  await expect(authors).toHaveText(names((a, b) => time(a) - time(b) || a.id - b.id));
  await sort.selectOption({ label: "Nhiều lượt thích nhất" });
  await expect(authors).toHaveText(names((a, b) => b.likeCount - a.likeCount || a.dislikeCount - b.dislikeCount || time(b) - time(a)));
  // A pending comment is never shown.
  const pending = commentsOf(article.id).find((c) => c.status === "pending")!;
  await expect(page.getByText(pending.content)).toHaveCount(0);
  // The threads, the rating widget and an open reply form pass WCAG 2.2 A/AA.
  await page.getByTestId("comment").first().getByRole("button", { name: "Trả lời" }).first().click();
  await expect(page.getByRole("form", { name: "Trả lời bình luận" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("a comment whose name and content are XSS payloads is shown as text, to editors and readers", async ({ page, browser }) => {
  const article = quietArticle(3);
  const name = `<img src=x onerror="window.__xss=1">Kẻ "lạ"`;
  const content = `<script>window.__xss=2</script>\n<b onmouseover="window.__xss=3">đậm</b> & <a href="javascript:window.__xss=4">liên kết</a>`;
  page.on("dialog", (dialog) => {
    throw new Error(`hộp thoại bất ngờ: ${dialog.message()}`);
  });
  await page.goto(articleUrl(article));
  const form = page.getByRole("form", { name: "Gửi bình luận" });
  await form.getByLabel("Họ và tên").fill(name);
  await form.getByLabel("Email").fill("la@example.vn");
  await form.getByLabel("Nội dung").fill(content);
  await form.getByRole("button", { name: "Gửi bình luận" }).click();
  await expect(page.getByTestId("comment-message")).toHaveText("Bình luận của bạn đang chờ duyệt");

  const editor = await browser.newContext();
  const editorPage = await editor.newPage();
  await signIn(editorPage, "admin", "/quan-tri/binh-luan");
  const item = editorPage.getByTestId("moderation-item").filter({ hasText: "window.__xss=2" });
  await expect(item).toContainText(name);
  expect(await editorPage.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await item.getByRole("button", { name: "Duyệt" }).click();
  await expect(editorPage.getByRole("status")).toHaveText("Đã duyệt bình luận.");
  await editor.close();

  await page.reload();
  const comment = page.getByTestId("comment").first();
  await expect(comment.getByTestId("comment-author")).toHaveText(name);
  await expect(comment.getByTestId("comment-content")).toHaveText(content, { useInnerText: true });
  await expect(page.getByTestId("comment-list").locator("img, script, b, a")).toHaveCount(0);
  await comment.getByTestId("comment-content").hover();
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
});

test("the print rendering keeps the article and its address, without navigation or blocks", async ({ page }) => {
  const article = publicArticles()[0];
  await page.goto(articleUrl(article));
  await expect(page.getByRole("button", { name: "In bài viết" })).toBeVisible();
  await expect(page.getByTestId("print-url")).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(page.getByTestId("date-line")).toBeVisible();
  await expect(page.locator(".article-body")).toBeVisible();
  await expect(page.getByTestId("print-url")).toHaveText(new RegExp(`Địa chỉ bài viết: http.*${articleUrl(article)}$`));
  for (const hidden of [
    page.getByRole("banner"),
    page.getByRole("contentinfo"),
    page.getByRole("complementary", { name: "Thông tin bên lề" }),
    page.getByRole("navigation", { name: "Vị trí trang" }),
    page.getByRole("region", { name: "Ý kiến bạn đọc" }),
    page.getByRole("group", { name: "Click để đánh giá bài viết" }),
    page.getByRole("button", { name: "In bài viết" }),
  ]) {
    await expect(hidden).toBeHidden();
  }
});
