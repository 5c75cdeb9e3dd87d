import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { formatCount } from "../lib/format/number";
import { vietnamDay } from "../lib/format/vietnam-time";
import { daysEndingAt, shiftDay } from "../lib/stats/stats-period";
import { expectNoAccessibilityViolations } from "./helpers/accessibility";
import { statsDayRow, visitorPresence } from "./helpers/database";
import { expect, test } from "./helpers/console-guard";

type Counters = { online: number; bots: number; guests: number; today: number; month: number; total: number };

// The reference portal's labels, in its order, and the API field each one shows.
const LABELS = ["Đang truy cập", "Máy chủ tìm kiếm", "Khách viếng thăm", "Hôm nay", "Tháng hiện tại", "Tổng lượt truy cập"];
const KEYS: (keyof Counters)[] = ["online", "bots", "guests", "today", "month", "total"];
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

async function apiCounters(request: APIRequestContext): Promise<Counters> {
  const response = await request.get("/api/stats");
  expect(response.ok()).toBe(true);
  return response.json();
}

async function blockFigures(page: Page): Promise<Record<keyof Counters, string>> {
  const block = page.getByRole("region", { name: "Thống kê website" });
  const entries = await Promise.all(
    KEYS.map(async (key) => [key, (await block.getByTestId(`stat-${key}`).textContent())!.trim()] as const),
  );
  return Object.fromEntries(entries) as Record<keyof Counters, string>;
}

const formatted = (counters: Counters) =>
  Object.fromEntries(KEYS.map((key) => [key, formatCount(counters[key])])) as Record<keyof Counters, string>;

test("the counter block shows the six figures with their labels, the same as GET /api/stats", async ({ page, request }) => {
  await page.goto("/");
  const block = page.getByRole("region", { name: "Thống kê website" });
  await expect(block.locator("dt")).toHaveText(LABELS);
  for (const key of KEYS) await expect(block.getByTestId(`stat-${key}`)).toHaveText(/^\d{1,3}(\.\d{3})*$/);

  // The block and the API share one few-seconds cache, and the block takes the live figures
  // from the API once the page has loaded (the page itself may come from the page cache):
  // when the API answers the same before and after, the block must come to show exactly those.
  await expect(async () => {
    const before = await apiCounters(request);
    await page.reload();
    await expect.poll(() => blockFigures(page), { timeout: 5_000 }).toEqual(formatted(before));
    expect(await apiCounters(request)).toEqual(before);
  }).toPass({ timeout: 30_000 });

  await block.getByRole("link", { name: "Xem thống kê chi tiết" }).click();
  await expect(page).toHaveURL(/\/thong-ke$/);
});

test("a new visitor raises today's, this month's and the total visits, in the API and in the block", async ({ browser, request }) => {
  const before = await apiCounters(request);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/tin-tuc/kinh-te-xa-hoi");
  const cookie = (await context.cookies()).find((entry) => entry.name === "vid");
  expect(cookie?.value).toMatch(/^[0-9a-f-]{36}$/);
  expect(cookie?.httpOnly).toBe(true);

  await expect.poll(async () => (await apiCounters(request)).today, { timeout: 15_000 }).toBeGreaterThan(before.today);
  const after = await apiCounters(request);
  expect(after.month).toBeGreaterThan(before.month);
  expect(after.total).toBeGreaterThan(before.total);
  expect(after.guests).toBeGreaterThanOrEqual(1);
  // Hits are written in batches about once a second, and the API's figures may be up to three
  // seconds old, so the rise above can come before this visitor's own row is written.
  await expect.poll(() => visitorPresence(cookie!.value), { timeout: 15_000 }).toEqual({ isBot: 0, botName: null });

  const parse = (text: string) => Number(text.replace(/\./g, ""));
  // The page may come from the page cache with the figures of its render; the block then takes
  // the live ones from the API once the page has loaded, so it is read until they have arrived.
  await expect(async () => {
    await page.reload();
    await expect
      .poll(async () => {
        const shown = await blockFigures(page);
        return parse(shown.today) > before.today && parse(shown.total) > before.total;
      }, { timeout: 5_000 })
      .toBe(true);
  }).toPass({ timeout: 20_000 });
  // Going on reading in the same visit (a client-side navigation) is one more page view and no
  // new visit; the prefetches the new page makes for its links are not page views.
  await page.waitForTimeout(1500); // the reloads above are written
  const base = statsDayRow(vietnamDay(new Date()));
  const next = page.getByRole("navigation", { name: "Chuyên mục chính" }).getByRole("link").nth(1);
  const href = (await next.getAttribute("href"))!;
  await next.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect.poll(() => statsDayRow(vietnamDay(new Date())).pageViews - base.pageViews, { timeout: 10_000 }).toBe(1);
  await page.waitForTimeout(2000);
  const settled = statsDayRow(vietnamDay(new Date()));
  expect(settled.pageViews - base.pageViews).toBe(1);
  expect(settled.visits).toBe(base.visits);
  await context.close();
});

test("a crawler is counted as one bot and never as a visit", async ({ request }) => {
  const today = vietnamDay(new Date());
  const before = statsDayRow(today);
  for (const path of ["/", "/thong-ke", "/tin-tuc/kinh-te-xa-hoi"]) {
    const response = await request.get(path, { headers: { "user-agent": GOOGLEBOT } });
    expect(response.ok()).toBe(true);
    expect(response.headers()["set-cookie"] ?? "").not.toContain("vid=");
  }
  await expect.poll(() => statsDayRow(today).botHits - before.botHits, { timeout: 10_000 }).toBe(3);
  const after = statsDayRow(today);
  expect(after.visits).toBe(before.visits);
  expect(after.pageViews).toBe(before.pageViews);
  expect(visitorPresence("bot:Googlebot")).toEqual({ isBot: 1, botName: "Googlebot" });
  // GET /api/stats reuses its figures for a few seconds.
  await expect.poll(async () => (await apiCounters(request)).bots, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
});

test("no page view is lost when 200 requests arrive at once", async ({ request }) => {
  test.setTimeout(120_000);
  const today = vietnamDay(new Date());
  const before = statsDayRow(today);
  const visitors = Array.from({ length: 40 }, () => randomUUID());
  const responses = await Promise.all(
    Array.from({ length: 200 }, (_, index) =>
      request.get("/trang-khong-ton-tai", { headers: { cookie: `vid=${visitors[index % visitors.length]}` }, timeout: 90_000 }),
    ),
  );
  expect(responses.every((response) => response.status() === 404)).toBe(true);
  await expect.poll(() => statsDayRow(today).pageViews - before.pageViews, { timeout: 15_000 }).toBe(200);
  expect(statsDayRow(today).visits - before.visits).toBe(40);
});

test("the statistics page draws every chart with a data table", async ({ page }) => {
  await page.goto("/thong-ke");
  await expect(page).toHaveTitle(/Thống kê truy cập/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thống kê truy cập");
  const charts: [title: string, rows: number | null][] = [
    ["Lượt truy cập 30 ngày qua", 30],
    ["Lượt truy cập 12 tháng qua", 12],
    ["Lượt truy cập theo giờ trong ngày (30 ngày qua)", 24],
    ["Trang được xem nhiều (30 ngày qua)", null],
    ["Trình duyệt", null],
    ["Hệ điều hành", null],
    ["Máy chủ tìm kiếm", null],
    ["Trang web dẫn đến", null],
  ];
  for (const [title, rows] of charts) {
    const chart = page.getByRole("region", { name: title, exact: true });
    await expect(chart.locator("svg rect").first()).toBeVisible();
    await chart.getByText(`Bảng số liệu: ${title.toLowerCase()}`).click();
    const table = chart.getByRole("table", { name: title });
    await expect(table).toBeVisible();
    await expect(table.locator("thead th[scope=col]")).toHaveCount(2);
    const bodyRows = table.locator("tbody tr");
    if (rows !== null) await expect(bodyRows).toHaveCount(rows);
    else expect(await bodyRows.count()).toBeGreaterThan(0);
    await expect(bodyRows.first().locator("th[scope=row]")).toHaveCount(1);
  }

  // The 30-day table shows what is stored for a finished day.
  const yesterday = shiftDay(vietnamDay(new Date()), -1);
  const perDay = page.getByRole("table", { name: "Lượt truy cập 30 ngày qua" });
  const label = `${yesterday.slice(8, 10)}/${yesterday.slice(5, 7)}`;
  await expect(perDay.getByRole("row", { name: new RegExp(`^${label} `) }).getByRole("cell")).toHaveText(
    formatCount(statsDayRow(yesterday).visits),
  );
  const days = daysEndingAt(vietnamDay(new Date()), 30);
  await expect(perDay.locator("tbody th").first()).toHaveText(`${days[0].slice(8, 10)}/${days[0].slice(5, 7)}`);

  // The seeded crawlers appear by name; the top pages link to the pages.
  await expect(page.getByRole("table", { name: "Máy chủ tìm kiếm" })).toContainText("Googlebot");
  await expect(page.getByRole("table", { name: "Trang được xem nhiều (30 ngày qua)" }).getByRole("link", { name: "Trang chủ" })).toHaveAttribute("href", "/");
});

test("the statistics page passes axe-core WCAG 2.2 A/AA, with its tables open", async ({ page }) => {
  test.slow(); // two full axe-core passes over a page of charts and tables
  await page.goto("/thong-ke");
  await expectNoAccessibilityViolations(page);
  for (const summary of await page.locator("summary").all()) await summary.click();
  await expectNoAccessibilityViolations(page);
});
