import { randomUUID } from "node:crypto";
import { expect, test } from "./helpers/console-guard";
import { STAFF } from "./helpers/staff";

// The limits are sized for an office behind one address (lib/rate-limit/*-limits.ts). Each test
// stands for a client of its own: an address of its own (X-Forwarded-For, as `next start` keeps
// it) so no other spec shares its counters.

test("a visitor who searches too often gets 429, Retry-After and a Vietnamese page", async ({ page, context, baseURL, consoleGuard }) => {
  test.setTimeout(120_000);
  consoleGuard.allow(/status of 429/);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.201" });
  await context.addCookies([{ name: "vid", value: randomUUID(), url: baseURL! }]);
  for (let index = 0; index < 60; index++) {
    const response = await page.request.get(`/tim-kiem?q=${encodeURIComponent(`cầu ${index}`)}`);
    expect(response.status(), `search ${index + 1}`).toBe(200);
  }
  const refused = await page.goto("/tim-kiem?q=c%E1%BA%A7u");
  expect(refused?.status()).toBe(429);
  expect(Number(refused?.headers()["retry-after"])).toBeGreaterThan(0);
  await expect(page.getByText("Bạn tìm kiếm quá nhiều lần trong thời gian ngắn")).toBeVisible();
  // The rest of the site is not held back.
  expect((await page.goto("/"))?.status()).toBe(200);
});

test("sign-in attempts from one address past the limit get 429 and the form says so", async ({ page, consoleGuard }) => {
  test.setTimeout(120_000);
  consoleGuard.allow(/status of 429/);
  const address = { "x-forwarded-for": "198.51.100.202" };
  // Attempts without next-auth's CSRF token are refused by next-auth cheaply, but they count.
  for (let index = 0; index < 100; index++) {
    const response = await page.request.post("/api/auth/callback/credentials", {
      headers: address,
      form: { email: STAFF.admin.email, password: `sai-${index}` },
      maxRedirects: 0,
    });
    expect(response.status(), `attempt ${index + 1}`).not.toBe(429);
  }
  await page.setExtraHTTPHeaders(address);
  await page.goto("/dang-nhap");
  await page.getByLabel("Email").fill(STAFF.admin.email);
  await page.getByLabel("Mật khẩu").fill(STAFF.admin.password);
  const answer = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  expect((await answer).status()).toBe(429);
  expect(Number((await answer).headers()["retry-after"])).toBeGreaterThan(0);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/quá nhiều lần đăng nhập/);
  await expect(page).toHaveURL(/\/dang-nhap/);
});
