import { expectNoAccessibilityViolations } from "./helpers/accessibility";
import { auditEntries, categories, userByEmail } from "./helpers/database";
import { expect, test } from "./helpers/console-guard";
import { sessionIdleSeconds } from "../lib/auth/session-config";
import { createAccount } from "./helpers/editorial-accounts";
import { STAFF, forgedSessionCookie, signIn, type StaffRole } from "./helpers/staff";

// The editor area's own pages (dashboard, users, categories, audit log) and who may use them.
const ADMIN_PAGES = ["/quan-tri/nguoi-dung", "/quan-tri/nguoi-dung/1", "/quan-tri/chuyen-muc", "/quan-tri/chuyen-muc/1", "/quan-tri/nhat-ky"];
const MENU: Record<StaffRole, string[]> = {
  editor: ["Tổng quan", "Bài viết"],
  publisher: ["Tổng quan", "Bài viết", "Bình luận", "Văn bản"],
  admin: ["Tổng quan", "Bài viết", "Bình luận", "Văn bản", "Chuyên mục", "Người dùng", "Nhật ký hệ thống"],
};

test("anonymous visitors are sent to sign in from every editor-area page, and back afterwards", async ({ request, page }) => {
  for (const path of ["/quan-tri", ...ADMIN_PAGES]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location).toBe(`/dang-nhap?callbackUrl=${encodeURIComponent(path)}`);
  }
  await page.goto("/quan-tri/nhat-ky");
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fquan-tri%2Fnhat-ky$/);
  await page.getByLabel("Email").fill(STAFF.admin.email);
  await page.getByLabel("Mật khẩu").fill(STAFF.admin.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/nhat-ky$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhật ký hệ thống");
});

for (const role of ["editor", "publisher"] as const) {
  test(`a ${role} sees only their menu and is refused the admin pages`, async ({ page }) => {
    await signIn(page, role);
    const menu = page.getByRole("navigation", { name: "Khu vực biên tập" });
    await expect(menu.getByRole("link")).toHaveText(MENU[role]);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Khu vực biên tập");
    for (const path of ADMIN_PAGES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Không có quyền truy cập");
      // Nothing the page guards reaches the browser: no accounts, no tree, no log.
      await expect(page.getByRole("table")).toHaveCount(0);
      await expect(page.getByText(STAFF.admin.email)).toHaveCount(0);
    }
  });
}

test("comment moderation and document management refuse anonymous visitors and editors", async ({ page, request }) => {
  const guarded = ["/quan-tri/binh-luan", "/quan-tri/van-ban", "/quan-tri/van-ban/moi", "/quan-tri/van-ban/danh-muc"];
  for (const path of guarded) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location).toBe(`/dang-nhap?callbackUrl=${encodeURIComponent(path)}`);
  }
  await signIn(page, "editor");
  await page.goto("/quan-tri/binh-luan");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Bạn không có quyền duyệt bình luận");
  await expect(page.getByTestId("moderation-item")).toHaveCount(0);
  for (const path of guarded.slice(1)) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/quan-tri$/);
  }
});

test("five wrong passwords lock an account from that address for 15 minutes, and the log shows it", async ({
  browser,
  page,
  consoleGuard,
}) => {
  // Nine bcrypt checks on a shared two-core machine.
  test.slow();
  consoleGuard.allow(/status of 401/);
  const attacker = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.50" } });
  const form = await attacker.newPage();
  await form.goto("/dang-nhap");
  const alert = form.getByRole("main").getByRole("alert");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await form.getByLabel("Email").fill(STAFF.editor.email);
    await form.getByLabel("Mật khẩu").fill(`sai-mat-khau-${attempt}`);
    await form.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(alert).toHaveText(attempt < 5 ? "Email hoặc mật khẩu không đúng." : /bị tạm khóa.*thử lại sau 15 phút/);
  }
  // Now even the right password is refused from that address.
  await form.getByLabel("Mật khẩu").fill(STAFF.editor.password);
  await form.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(alert).toHaveText(/bị tạm khóa/);
  await expect(form).toHaveURL(/\/dang-nhap/);
  await attacker.close();

  // The account owner, elsewhere, is not locked out.
  await signIn(page, "editor");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);

  const editorId = userByEmail(STAFF.editor.email).id;
  const lockouts = auditEntries("auth.lockout").filter((entry) => entry.userId === editorId);
  expect(lockouts).toHaveLength(1);
  expect(lockouts[0].ip).toBe("203.0.113.50");
  expect(auditEntries("auth.login-failed").filter((entry) => entry.userId === editorId && entry.ip === "203.0.113.50")).toHaveLength(5);

  await signIn(page, "admin", "/quan-tri/nhat-ky?khu-vuc=auth");
  const row = page.getByRole("row", { name: /Tạm khóa đăng nhập/ }).first();
  await expect(row).toContainText(STAFF.editor.email);
  await expect(row).toContainText("203.0.113.50");
});

test("an admin manages accounts: create, sign in, disable ends the session at once", async ({ page, browser }) => {
  test.slow();
  const account = { email: `canbo.${Date.now()}@sonha.gov.vn`, password: "CanBoMoi@2026" };
  await signIn(page, "admin", "/quan-tri/nguoi-dung");
  await expect(page.getByRole("navigation", { name: "Khu vực biên tập" }).getByRole("link")).toHaveText(MENU.admin);
  await page.getByLabel("Họ tên").fill("Phạm Cán Bộ");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Vai trò").selectOption("publisher");
  await page.getByLabel("Mật khẩu ban đầu").fill(account.password);
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.getByRole("status")).toHaveText(`Đã tạo tài khoản ${account.email}.`);
  await expect(page.getByRole("row", { name: new RegExp(account.email) })).toContainText("Người duyệt, xuất bản");

  // The new publisher signs in and sees the publisher's menu.
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await signIn(theirPage, account);
  await expect(theirPage.getByRole("navigation", { name: "Khu vực biên tập" }).getByRole("link")).toHaveText(MENU.publisher);

  // Disabled by the admin: their next request finds the session gone.
  await page.getByRole("link", { name: "Phạm Cán Bộ" }).click();
  await page.getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã khóa tài khoản" })).toBeVisible();
  await theirPage.reload();
  await expect(theirPage).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fquan-tri$/);
  await theirs.close();
});

test("an admin adds categories under a parent and reorders them in the tree", async ({ page }) => {
  const stamp = Date.now();
  const [first, second] = [`Chuyên đề A ${stamp}`, `Chuyên đề B ${stamp}`];
  await signIn(page, "admin", "/quan-tri/chuyen-muc");
  const parentLabel = await page.getByLabel("Thuộc chuyên mục").locator("option").nth(1).textContent();
  for (const name of [first, second]) {
    await page.getByLabel("Tên chuyên mục").fill(name);
    await page.getByLabel("Thuộc chuyên mục").selectOption({ label: parentLabel! });
    // Left inactive, so the public pages other tests read stay as seeded.
    await page.getByLabel("Đang hoạt động (hiện trên cổng)").uncheck();
    await page.getByRole("button", { name: "Thêm chuyên mục" }).click();
    await expect(page.getByText(`Đã tạo chuyên mục "${name}".`)).toBeVisible();
  }
  const order = async () => {
    const names = await page.getByRole("table").getByRole("row").locator("td:first-child").allTextContents();
    return [names.indexOf(first), names.indexOf(second)];
  };
  const [firstAt, secondAt] = await order();
  // Both sit under the parent, the newer one last.
  expect(firstAt).toBeGreaterThan(0);
  expect(secondAt).toBeGreaterThan(firstAt);
  await expect(page.getByRole("button", { name: `Chuyển "${second}" xuống` })).toBeDisabled();

  await page.getByRole("button", { name: `Chuyển "${second}" lên` }).click();
  await expect.poll(order).toEqual([secondAt, firstAt]);
  await expect(page.getByRole("row", { name: new RegExp(first) })).toContainText("Đã ẩn");
});

test("the server refuses a session past its idle limit, even with no script running", async ({ browser, baseURL }) => {
  for (const [maxAge, allowed] of [
    [600, true],
    [-60, false],
  ] as const) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.addCookies([await forgedSessionCookie(baseURL!, STAFF.admin.email, maxAge)]);
    const page = await context.newPage();
    await page.goto("/quan-tri/nguoi-dung");
    if (allowed) {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Người dùng");
    } else {
      await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fquan-tri%2Fnguoi-dung$/);
    }
    const keepAlive = await context.request.post("/api/session/keep-alive");
    expect(keepAlive.status()).toBe(allowed ? 200 : 401);
    await context.close();
  }
});

test("a captured token idle past the limit by the server's clock opens nothing, though its JWT lives for days", async ({ browser, baseURL }) => {
  const idle = sessionIdleSeconds();
  for (const [idleSeconds, allowed] of [
    [idle - 60, true],
    [idle + 30, false],
  ] as const) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.addCookies([await forgedSessionCookie(baseURL!, STAFF.admin.email, 30 * 24 * 3600, idleSeconds)]);
    const page = await context.newPage();
    await page.goto("/quan-tri/nguoi-dung");
    if (allowed) await expect(page.getByRole("heading", { level: 1 })).toHaveText("Người dùng");
    else await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fquan-tri%2Fnguoi-dung$/);
    // The keep-alive cannot revive it, and a page view did not either.
    const keepAlive = await context.request.post("/api/session/keep-alive");
    expect(keepAlive.status()).toBe(allowed ? 200 : 401);
    await context.close();
  }
});

test("signing out ends the session on the server: a copy of its cookie taken before opens nothing", async ({ page, browser, baseURL }) => {
  const account = createAccount("publisher", "Cán bộ thử đăng xuất");
  await signIn(page, account);
  const captured = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"))!;
  expect(captured).toBeDefined();
  // The copy works while the session lives…
  const thief = await browser.newContext({ javaScriptEnabled: false });
  await thief.addCookies([{ name: captured.name, value: captured.value, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
  const stolen = await thief.newPage();
  await stolen.goto("/quan-tri/binh-luan");
  await expect(stolen.getByRole("heading", { level: 1 })).toHaveText("Duyệt bình luận");

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  // …and not after the owner signed out, on pages, routes and the keep-alive alike.
  await stolen.goto("/quan-tri/binh-luan");
  await expect(stolen).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fquan-tri%2Fbinh-luan$/);
  expect((await thief.request.post("/api/session/keep-alive")).status()).toBe(401);
  await thief.close();
  expect(auditEntries("auth.logout").filter((entry) => entry.userId === account.id)).toHaveLength(1);
});

test("the editor area's pages pass axe-core WCAG 2.2 A/AA", async ({ page }) => {
  test.slow();
  await signIn(page, "admin");
  await expectNoAccessibilityViolations(page);
  for (const path of [
    "/quan-tri/nguoi-dung",
    `/quan-tri/nguoi-dung/${userByEmail(STAFF.publisher.email).id}`,
    "/quan-tri/chuyen-muc",
    `/quan-tri/chuyen-muc/${categories()[0].id}`,
    "/quan-tri/nhat-ky",
  ]) {
    await page.goto(path);
    await expectNoAccessibilityViolations(page);
  }
});
