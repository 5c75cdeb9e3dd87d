import { expect, test } from "./helpers/console-guard";
import { STAFF } from "./helpers/staff";

test("the editor account signs in to the editor area and out again", async ({ page }) => {
  await page.goto("/quan-tri");
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=/);
  await page.getByLabel("Email").fill(STAFF.admin.email);
  await page.getByLabel("Mật khẩu").fill(STAFF.admin.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/quan-tri$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Khu vực biên tập");
  await expect(page.getByText(STAFF.admin.email)).toBeVisible();

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await page.goto("/quan-tri");
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test("a wrong password is refused with a Vietnamese message", async ({ page, consoleGuard }) => {
  // The browser logs the refused sign-in request (401); the page shows the message instead.
  consoleGuard.allow(/status of 401/);
  await page.goto("/dang-nhap");
  await page.getByLabel("Email").fill(STAFF.admin.email);
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email hoặc mật khẩu không đúng.");
  await expect(page).toHaveURL(/\/dang-nhap/);
});
