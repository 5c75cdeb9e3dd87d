import type { Locator, Page } from "@playwright/test";
import { allArticles, articleCounters, articleUrl, isPublicRow } from "./helpers/database";
import { expect, test } from "./helpers/console-guard";

// Everything a reader does can be done with the keyboard alone, from the top of the page, and
// the text can be enlarged to 200% without losing content.

/** Presses Tab from where focus is until `target` has it: proves it is in the tab order. */
async function tabTo(page: Page, target: Locator, { max = 200, shift = false } = {}) {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press(shift ? "Shift+Tab" : "Tab");
    if (await target.evaluate((element) => element === document.activeElement)) {
      // Whatever has focus shows it (the site-wide :focus-visible outline).
      expect(await target.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe("none");
      return;
    }
  }
  throw new Error(`không tới được bằng phím Tab: ${target}`);
}

function ratableArticle(skip: number) {
  const article = allArticles()
    .filter((row) => isPublicRow(row))
    .sort((a, b) => a.publishedAt!.getTime() - b.publishedAt!.getTime())[skip];
  if (!article) throw new Error("không có bài công khai");
  return article;
}

test("rating an article with the keyboard: arrow keys choose the stars, Enter sends", async ({ page }) => {
  const article = ratableArticle(3);
  const before = articleCounters(article.id).ratingCount;
  await page.goto(articleUrl(article));
  await expect(page.getByRole("group", { name: "Click để đánh giá bài viết" })).toBeVisible();
  await tabTo(page, page.getByRole("radio", { name: "rất kém", exact: true }));
  await page.keyboard.press("Space"); // the first star
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight"); // four stars: "tốt"
  await expect(page.getByRole("radio", { name: "tốt", exact: true })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Gửi đánh giá" }), { max: 3 });
  await page.keyboard.press("Enter");
  await expect(page.getByText("Cảm ơn bạn đã đánh giá bài viết.")).toBeVisible();
  await expect(page.getByTestId("rating-summary")).toContainText("Bạn đã chọn: tốt.");
  expect(articleCounters(article.id).ratingCount).toBe(before + 1);
});

test("writing a comment with the keyboard alone", async ({ page }) => {
  const article = ratableArticle(4);
  await page.goto(articleUrl(article));
  const form = page.getByRole("form", { name: "Gửi bình luận" });
  await tabTo(page, form.getByLabel("Họ và tên"));
  await page.keyboard.type("Nguyễn Thị Bàn Phím");
  await page.keyboard.press("Tab");
  await expect(form.getByLabel(/^Email/)).toBeFocused();
  await page.keyboard.type("banphim@example.vn");
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Nội dung")).toBeFocused();
  await page.keyboard.type("Tôi gửi ý kiến này chỉ bằng bàn phím.");
  await page.keyboard.press("Tab"); // the honeypot is out of the tab order
  await expect(form.getByRole("button", { name: "Gửi bình luận" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("comment-message")).toHaveText(/Cảm ơn bạn đã gửi bình luận|Bình luận của bạn đang chờ duyệt/);
});

test("searching from the header and filtering documents with the keyboard", async ({ page }) => {
  await page.goto("/");
  await tabTo(page, page.getByRole("searchbox", { name: "Từ khóa tìm kiếm" }));
  await page.keyboard.type("cầu");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/tim-kiem\?q=c%E1%BA%A7u/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto("/van-ban");
  const filters = page.getByRole("search", { name: "Tìm văn bản" });
  const type = filters.getByLabel("Loại văn bản");
  await tabTo(page, type);
  await page.keyboard.press("ArrowDown"); // the first document type after "all"
  const chosen = await type.inputValue();
  expect(chosen).not.toBe("");
  await tabTo(page, filters.getByRole("button", { name: "Tìm kiếm" }), { max: 40 });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`[?&]loai=${chosen}`));
  await expect(filters.getByLabel("Loại văn bản")).toHaveValue(chosen);
});

test("the text size control enlarges the text up to 200%, remembers it, and nothing is lost", async ({ page }) => {
  const article = ratableArticle(5);
  await page.goto("/");
  const larger = page.getByRole("button", { name: "Tăng cỡ chữ" });
  await tabTo(page, larger);
  for (let step = 0; step < 5; step += 1) await page.keyboard.press("Enter");
  await expect(larger).toBeDisabled();
  const rootSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(await rootSize()).toBe("32px");

  for (const path of ["/", articleUrl(article), "/van-ban", "/tim-kiem?q=giao+thong"]) {
    await page.goto(path);
    // Applied before the first paint, from this browser's choice.
    expect(await rootSize(), path).toBe("32px");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path}: không cuộn ngang khi chữ 200%`).toBeLessThanOrEqual(0);
    await expect(page.locator("main")).toBeVisible();
  }

  await page.getByRole("button", { name: "Cỡ chữ mặc định" }).click();
  expect(await rootSize()).toBe("16px");
  await page.reload();
  expect(await rootSize()).toBe("16px");
});
