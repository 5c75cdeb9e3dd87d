import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { allArticles, articleUrl, isPublicRow } from "./helpers/database";
import { expect, test } from "./helpers/console-guard";

// The reader-visible weight of an article page (issue budgets): our JavaScript beyond the
// framework's own runtime at most 30 KB gzip, CSS at most 20 KB gzip, and no layout shift.
// Sizes, not timings: they are the same on a busy machine.

const JS_BUDGET = 30 * 1024;
const CSS_BUDGET = 20 * 1024;

/** The framework's runtime: the chunks every page of the build loads, as Next lists them. */
function frameworkChunks(): Set<string> {
  const manifest = JSON.parse(readFileSync(".next/build-manifest.json", "utf8")) as { rootMainFiles: string[]; polyfillFiles: string[] };
  return new Set([...manifest.rootMainFiles, ...manifest.polyfillFiles].map((file) => `/_next/${file}`));
}

test("an article page stays within its JavaScript and CSS budgets and does not shift", async ({ page }) => {
  const article = allArticles().find((row) => isPublicRow(row) && row.imageCaption)!;
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  const loaded: { path: string; type: string; gzip: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    const type = response.request().resourceType();
    if (type !== "script" && type !== "stylesheet") return;
    pending.push(
      response.body().then((body) => {
        loaded.push({ path: new URL(response.url()).pathname, type, gzip: gzipSync(body).length });
      }),
    );
  });
  await page.goto(articleUrl(article));
  await page.waitForLoadState("networkidle");
  // The islands have fetched their live figures (views, rating, statistics) by now.
  await expect(page.getByTestId("rating-summary")).toBeVisible();
  await Promise.all(pending);

  const framework = frameworkChunks();
  const ours = loaded.filter((file) => file.type === "script" && !framework.has(file.path));
  const css = loaded.filter((file) => file.type === "stylesheet");
  const total = (files: typeof loaded) => files.reduce((sum, file) => sum + file.gzip, 0);
  // Printed for the README's performance section.
  console.log(
    `[trọng lượng] JS ngoài khung: ${total(ours)} B gzip (${ours.length} tệp); CSS: ${total(css)} B gzip; khung: ${total(loaded.filter((f) => framework.has(f.path)))} B gzip`,
  );
  expect(loaded.some((file) => framework.has(file.path)), "the framework's runtime was recognised").toBe(true);
  expect(total(ours)).toBeLessThanOrEqual(JS_BUDGET);
  expect(total(css)).toBeLessThanOrEqual(CSS_BUDGET);

  const shift = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((a, b) => a + b, 0));
  expect(shift).toBe(0);
  // Every image declares its size, so nothing moves when it arrives.
  const unsized = await page.locator("img").evaluateAll((images) => images.filter((image) => !image.getAttribute("width") || !image.getAttribute("height")).length);
  expect(unsized).toBe(0);
});
