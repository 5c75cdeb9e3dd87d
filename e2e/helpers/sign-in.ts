import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";
import { DEMO_ADMIN } from "../../prisma/seed/demo-admin";

/** Signs in as the README's editor account from the sign-in page a protected page sent us to. */
export async function signInAsEditor(page: Page, protectedPath: string): Promise<void> {
  await page.goto(protectedPath);
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=/);
  await page.getByLabel("Email").fill(DEMO_ADMIN.email);
  await page.getByLabel("Mật khẩu").fill(DEMO_ADMIN.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(new RegExp(`${protectedPath.replace(/[?]/g, "\\?")}`));
}
