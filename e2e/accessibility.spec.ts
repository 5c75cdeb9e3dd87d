import { allArticles, articleUrl, categories, documentUrl, isPublicRow, publicDocuments } from "./helpers/database";
import { expectNoAccessibilityViolations } from "./helpers/accessibility";
import { expect, test } from "./helpers/console-guard";

const article = () => allArticles().find((row) => isPublicRow(row) && row.imageCaption)!;

const PAGES: [name: string, path: () => string][] = [
  ["trang chủ", () => "/"],
  ["chuyên mục", () => `/tin-tuc/${categories()[0].slug}`],
  ["bài viết", () => articleUrl(article())],
  ["danh sách văn bản", () => "/van-ban"],
  ["văn bản", () => documentUrl(publicDocuments()[0])],
  ["tìm kiếm", () => "/tim-kiem?q=son+ha"],
  ["thống kê", () => "/thong-ke"],
  ["đăng nhập", () => "/dang-nhap"],
];

for (const [name, path] of PAGES) {
  test(`${name} passes axe-core WCAG 2.2 A/AA`, async ({ page }) => {
    await page.goto(path());
    await expectNoAccessibilityViolations(page);
  });
}

test("the 404 page passes axe-core WCAG 2.2 A/AA", async ({ page }) => {
  const response = await page.goto("/khong-co-trang-nay");
  expect(response?.status()).toBe(404);
  await expectNoAccessibilityViolations(page);
});

test("a keyboard user skips to the content and walks the main navigation with visible focus", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#noi-dung-chinh$/);

  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Chuyên mục chính" });
  const target = categories()[1];
  // Tab until the category link has focus, then follow it with Enter.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    if (await nav.getByRole("link", { name: target.name, exact: true }).evaluate((el) => el === document.activeElement)) break;
  }
  const link = nav.getByRole("link", { name: target.name, exact: true });
  await expect(link).toBeFocused();
  const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(target.name);
});
