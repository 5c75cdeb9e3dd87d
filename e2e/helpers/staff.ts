import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { DEMO_ADMIN } from "../../prisma/seed/demo-admin";
import { DEMO_STAFF } from "../../prisma/seed/seed-users";
import { TEST_PASSWORDS } from "../../tests/test-passwords";
import { expect } from "./console-guard";
import { userByEmail } from "./database";

// The suite's server seeds the demo accounts with the test passwords (scripts/e2e-server.ts).
export const STAFF = {
  admin: { ...DEMO_ADMIN, password: TEST_PASSWORDS.admin },
  publisher: { ...DEMO_STAFF.publisher, password: TEST_PASSWORDS.staff },
  editor: { ...DEMO_STAFF.editor, password: TEST_PASSWORDS.staff },
};
export type StaffRole = keyof typeof STAFF;

/** Signs in through the form, as a person would, and waits for the page it returns to. */
export async function signIn(page: Page, who: StaffRole | { email: string; password: string }, path = "/quan-tri") {
  const account = typeof who === "string" ? STAFF[who] : who;
  await page.goto(`/dang-nhap?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Mật khẩu").fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  // bcrypt on a busy two-core machine can take a few seconds.
  await expect(page).toHaveURL(path, { timeout: 20_000 });
}

// The secret the e2e server signs sessions with (scripts/runtime-env.mjs).
export const sessionSecret = () => process.env.NEXTAUTH_SECRET ?? readFileSync(".data/nextauth-secret", "utf8").trim();

/**
 * A session cookie made outside the browser, as a stolen or left-over one would be: for the
 * account, its JWT valid for `maxAgeSeconds` from now (negative: already expired), its last
 * activity `idleSeconds` ago by the session's own claim.
 */
export async function forgedSessionCookie(baseURL: string, email: string, maxAgeSeconds: number, idleSeconds = 0) {
  const user = userByEmail(email);
  const lastActiveAt = Math.floor(Date.now() / 1000) - idleSeconds;
  const value = await encode({
    token: { uid: user.id, role: user.role, tokenVersion: user.tokenVersion, email: user.email, name: user.name, signedInAt: lastActiveAt, lastActiveAt },
    secret: sessionSecret(),
    maxAge: maxAgeSeconds,
  });
  return { name: "next-auth.session-token", value, url: baseURL, httpOnly: true, sameSite: "Lax" as const };
}
