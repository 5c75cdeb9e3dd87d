import { formatCount } from "../lib/format/number";
import { foldVietnamese } from "../lib/text/fold-vietnamese";
import { expectedSearchOrder, searchWords } from "../tests/search-expectations";
import { categories, searchableRows } from "./helpers/database";
import { expect, test } from "./helpers/console-guard";

const PER_PAGE = 10;
const displayedTitle = (row: { kind: string; title: string }) => (row.kind === "document" ? `Số ${row.title.replace(" ", ": ")}` : row.title);
const expected = (query: string) => expectedSearchOrder(searchableRows(), searchWords(query));

test("the header search box finds articles and documents with or without diacritics and marks the words", async ({ page }) => {
  const results = expected("Sơn Hà");
  expect(results.length).toBeGreaterThan(PER_PAGE);

  await page.goto("/");
  const box = page.getByRole("search").getByRole("searchbox", { name: "Từ khóa tìm kiếm" });
  await box.fill("SƠN HÀ");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/tim-kiem\?q=S%C6%A0N(\+|%20)H%C3%80$/);
  await expect(page.getByTestId("search-summary")).toHaveText(`Tìm thấy ${formatCount(results.length)} kết quả cho “SƠN HÀ”`);
  const items = page.getByTestId("search-result");
  await expect(items.getByRole("heading", { level: 2 })).toHaveText(results.slice(0, PER_PAGE).map(displayedTitle));
  // Every mark holds one of the words, in whatever case and accents the text has.
  const marks = await items.locator("mark").allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) expect(["son ha", "son", "ha"]).toContain(foldVietnamese(mark));

  await page.goto("/tim-kiem?q=son+ha");
  await expect(page.getByTestId("search-summary")).toHaveText(`Tìm thấy ${formatCount(results.length)} kết quả cho “son ha”`);
  await expect(items.getByRole("heading", { level: 2 })).toHaveText(results.slice(0, PER_PAGE).map(displayedTitle));
});

test("filters narrow the search and stay in the URL", async ({ page }) => {
  const all = expected("tỉnh");
  await page.goto("/tim-kiem?q=t%E1%BB%89nh");
  await page.getByLabel("Tìm trong").selectOption({ label: "Văn bản" });
  await page.getByRole("search", { name: "Tìm kiếm nâng cao" }).getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/loai=van-ban/);
  const documents = all.filter((row) => row.kind === "document");
  await expect(page.getByTestId("search-summary")).toHaveText(`Tìm thấy ${formatCount(documents.length)} kết quả cho “tỉnh”`);
  const kinds = await page.getByTestId("search-result").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-kind")));
  expect(new Set(kinds)).toEqual(new Set(["document"]));

  // A reload keeps the filter (it lives in the URL).
  await page.reload();
  await expect(page.getByLabel("Tìm trong")).toHaveValue("van-ban");

  const category = categories().find((item) => all.some((row) => row.categoryIds.includes(item.id)))!;
  await page.getByLabel("Chuyên mục (bài viết)").selectOption({ label: category.name });
  await page.getByRole("search", { name: "Tìm kiếm nâng cao" }).getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(new RegExp(`chuyen-muc=${category.slug}`));
  const inCategory = all.filter((row) => row.kind === "article" && row.categoryIds.includes(category.id));
  await expect(page.getByTestId("search-summary")).toHaveText(`Tìm thấy ${formatCount(inCategory.length)} kết quả cho “tỉnh”`);
  await expect(page.getByTestId("search-result").getByRole("heading", { level: 2 })).toHaveText(
    inCategory.slice(0, PER_PAGE).map(displayedTitle),
  );
});

test("a date range keeps results of those days only", async ({ page }) => {
  const all = expected("tỉnh").filter((row) => row.kind === "article");
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(all[3].date);
  const from = new Date(`${day}T00:00:00+07:00`).getTime();
  const onThatDay = expected("tỉnh").filter((row) => row.date.getTime() >= from && row.date.getTime() < from + 86_400_000);
  await page.goto(`/tim-kiem?q=tinh&tu-ngay=${day}&den-ngay=${day}`);
  await expect(page.getByLabel("Từ ngày")).toHaveValue(day);
  await expect(page.getByTestId("search-result").getByRole("heading", { level: 2 })).toHaveText(onThatDay.map(displayedTitle));
});

test("results are paginated", async ({ page }) => {
  const all = expected("tỉnh");
  expect(all.length).toBeGreaterThan(2 * PER_PAGE);
  await page.goto("/tim-kiem?q=tinh");
  await page.getByRole("navigation", { name: "Phân trang" }).getByRole("link", { name: "Trang sau ›" }).click();
  await expect(page).toHaveURL(/trang=2/);
  await expect(page.getByTestId("search-result").getByRole("heading", { level: 2 })).toHaveText(
    all.slice(PER_PAGE, 2 * PER_PAGE).map(displayedTitle),
  );
  await expect(page.locator("ol[start]")).toHaveAttribute("start", String(PER_PAGE + 1));
});

test("too short, too long and unmatched queries get a clear message", async ({ page }) => {
  await page.goto("/tim-kiem?q=a");
  await expect(page.getByTestId("search-error")).toHaveText("Từ khóa quá ngắn: cần ít nhất 2 ký tự.");
  await page.goto(`/tim-kiem?q=${"a".repeat(101)}`);
  await expect(page.getByTestId("search-error")).toHaveText("Từ khóa quá dài: tối đa 100 ký tự.");

  await page.goto("/tim-kiem?q=zzqxw+khongcotu&loai=bai-viet");
  await expect(page.getByTestId("search-summary")).toHaveText("Không tìm thấy kết quả nào cho “zzqxw khongcotu”");
  await expect(page.getByTestId("search-help")).toContainText("gõ không dấu");
  await page.getByRole("link", { name: /Bỏ các bộ lọc/ }).click();
  await expect(page).toHaveURL(/\/tim-kiem\?q=zzqxw\+khongcotu$/);
});

test("a query with markup is shown as text", async ({ page }) => {
  let dialog = false;
  page.on("dialog", async (opened) => {
    dialog = true;
    await opened.dismiss();
  });
  await page.goto(`/tim-kiem?q=${encodeURIComponent('<img src=x onerror=alert(1)>tỉnh')}`);
  await expect(page.getByTestId("search-summary")).toContainText('“<img src=x onerror=alert(1)>tỉnh”');
  await expect(page.locator("main img[src='x']")).toHaveCount(0);
  expect(dialog).toBe(false);
});
