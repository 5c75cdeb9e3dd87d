import { formatCount } from "../lib/format/number";
import { formatDateLine } from "../lib/format/vietnam-time";
import { allArticles, articleUrl, categories, isPublicRow, type ArticleRow } from "./helpers/database";
import { expect, test } from "./helpers/console-guard";

const publicArticles = () => allArticles().filter((article) => isPublicRow(article));
const byNewest = (a: ArticleRow, b: ArticleRow) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || b.id - a.id;

test("a reader goes from the home page to a category and on to an article", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Cổng thông tin điện tử/);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");

  const nav = page.getByRole("navigation", { name: "Chuyên mục chính" });
  const category = categories()[2];
  await nav.getByRole("link", { name: category.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/tin-tuc/${category.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(category.name);

  const newest = publicArticles()
    .filter((article) => article.categoryId === category.id)
    .sort(byNewest)[0];
  await page.getByRole("link", { name: newest.title, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`${articleUrl(newest)}$`));

  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveCount(1);
  await expect(h1).toHaveText(newest.title);
  await expect(page.getByTestId("date-line")).toHaveText(formatDateLine(newest.publishedAt!));
  // This browser is a new visitor: once the page has recorded its view, the live total shows it.
  await expect(page.getByTestId("view-count")).toHaveText(formatCount(newest.viewCount + 1));
  await expect(page.getByTestId("comment-count")).toHaveText(String(newest.commentCount));
});

test("the home page shows the newest public articles and a block per category", async ({ page }) => {
  await page.goto("/");
  const newest = publicArticles().sort(byNewest).slice(0, 8);
  const latest = page.getByRole("region", { name: "Tin mới nhất" });
  await expect(latest.getByRole("heading", { level: 3 })).toHaveText(newest.map((article) => article.title));
  for (const category of categories()) {
    await expect(page.getByRole("region", { name: category.name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("complementary", { name: "Thông tin bên lề" })).toBeVisible();
});

test("an article shows its figure with a caption, author and body", async ({ page }) => {
  const article = publicArticles().find((row) => row.imageCaption)!;
  await page.goto(articleUrl(article));
  const figure = page.locator("article figure").first();
  await expect(figure.locator("img")).toHaveAttribute("width", /\d+/);
  await expect(figure.locator("figcaption")).toHaveText(article.imageCaption!);
  await expect(page.locator(".article-body p").first()).not.toBeEmpty();
  // The image really loads (no broken demo picture).
  const loaded = await figure.locator("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
  expect(loaded).toBe(true);
});

test("wrong or missing slugs and categories redirect permanently to the canonical URL", async ({ request }) => {
  const article = publicArticles()[5];
  const canonical = articleUrl(article);
  for (const path of [
    `/tin-tuc/${article.categorySlug}/tieu-de-cu-${article.id}`,
    `/tin-tuc/${article.categorySlug}/${article.id}`,
    `/tin-tuc/chuyen-muc-khac/${article.slug}-${article.id}`,
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(new URL(response.headers().location, "http://x").pathname).toBe(canonical);
  }
});

test("unknown articles, categories and pages answer a Vietnamese 404", async ({ page, request }) => {
  const article = publicArticles()[0];
  for (const path of [
    `/tin-tuc/${article.categorySlug}/khong-ton-tai-987654`,
    "/tin-tuc/khong-co-chuyen-muc-nay",
    `/tin-tuc/${article.categorySlug}?trang=999`,
    `/tin-tuc/${article.categorySlug}?trang=abc`,
    "/duong-dan-khong-ton-tai",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  await page.goto(`/tin-tuc/${article.categorySlug}/khong-ton-tai-987654`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  await page.getByRole("link", { name: "Về trang chủ" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("newer and older lists hold the article's category neighbours by publication time", async ({ page }) => {
  const category = categories()[0];
  const inCategory = publicArticles()
    .filter((article) => article.categoryId === category.id)
    .sort(byNewest);
  const index = Math.floor(inCategory.length / 2);
  const article = inCategory[index];
  await page.goto(articleUrl(article));

  const newer = inCategory.slice(Math.max(0, index - 10), index).map((row) => row.title);
  const older = inCategory.slice(index + 1, index + 11).map((row) => row.title);
  expect(newer.length).toBeGreaterThan(0);
  expect(older.length).toBeGreaterThan(0);
  await expect(page.getByRole("heading", { name: "Những tin mới hơn" })).toBeVisible();
  await expect(page.getByTestId("tin-moi-hon").getByRole("link")).toHaveText(newer);
  await expect(page.getByTestId("tin-cu-hon").getByRole("link")).toHaveText(older);
});

test("category pages paginate newest first", async ({ page }) => {
  const category = categories()[1];
  const inCategory = publicArticles()
    .filter((article) => article.categoryId === category.id)
    .sort(byNewest);
  await page.goto(`/tin-tuc/${category.slug}`);
  const titles = page.getByRole("main").getByRole("heading", { level: 2 });
  await expect(titles).toHaveText(inCategory.slice(0, 12).map((row) => row.title));
  if (inCategory.length > 12) {
    await page.getByRole("navigation", { name: "Phân trang" }).getByRole("link", { name: "Trang sau" }).click();
    await expect(page).toHaveURL(/trang=2/);
    await expect(titles).toHaveText(inCategory.slice(12, 24).map((row) => row.title));
  }
});

test("drafts, articles in review and scheduled articles are invisible everywhere public", async ({ page, request }) => {
  test.slow(); // some twenty pages, each opened in the browser
  const hidden = allArticles().filter((article) => !isPublicRow(article));
  expect(hidden.map((article) => article.status).sort()).toEqual(
    expect.arrayContaining(["draft", "published", "review"]),
  );
  expect(hidden.some((article) => article.status === "published" && article.publishedAt! > new Date())).toBe(true);

  for (const article of hidden) {
    expect((await request.get(articleUrl(article), { maxRedirects: 0 })).status(), article.title).toBe(404);
  }
  const pages = ["/", ...categories().flatMap((category) => [`/tin-tuc/${category.slug}`, `/tin-tuc/${category.slug}?trang=2`])];
  const neighbourPages = publicArticles().slice(0, 6).map(articleUrl);
  for (const path of [...pages, ...neighbourPages]) {
    const response = await page.goto(path);
    if (response?.status() === 404) continue; // a category with a single page
    const text = await page.locator("body").innerText();
    for (const article of hidden) expect(text, `${article.title} trên ${path}`).not.toContain(article.title);
  }
});
