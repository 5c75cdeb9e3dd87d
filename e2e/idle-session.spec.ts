import type { BrowserContext, Page } from "@playwright/test";
import { sessionIdleSeconds } from "../lib/auth/session-config";
import { expectNoAccessibilityViolations } from "./helpers/accessibility";
import { expect, test } from "./helpers/console-guard";
import { signIn } from "./helpers/staff";

// The browser's clock is Playwright's (page.clock, shared by the context's pages); the
// server's is real, so server-side expiry is proven by editor-auth.spec.ts with an expired token.
// The e2e server inherits this process's environment, so both read the same idle limit.
const LIMIT_MS = sessionIdleSeconds() * 1000;
const PROMPT = "Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập.";

const keepAliveDone = (page: Page) =>
  page.waitForResponse((response) => response.url().endsWith("/api/session/keep-alive") && response.ok());

/** Signs in with the fake clock installed and waits until the prompt's script has started. */
async function signInIdle(page: Page) {
  await page.clock.install();
  const started = keepAliveDone(page);
  await signIn(page, "editor");
  await started;
}

/**
 * Stops the browser's clock and makes a keystroke there, so the idle clock starts at a known
 * instant and every later step is exact, whatever the machine's speed.
 */
async function pauseAndAct(page: Page) {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await page.keyboard.press("Shift");
}

/** axe-core needs running timers: let the clock run for the check, then stop it again. */
async function checkAccessibility(page: Page) {
  await page.clock.resume();
  await expectNoAccessibilityViolations(page);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
}

async function sessionCookieExpiry(context: BrowserContext): Promise<number> {
  const cookie = (await context.cookies()).find((candidate) => candidate.name.endsWith("next-auth.session-token"));
  expect(cookie, "cookie phiên đăng nhập").toBeDefined();
  return cookie!.expires;
}

test("the prompt appears at the limit minus 60 seconds, counts down, and Esc keeps the session", async ({ page, context }) => {
  await signInIdle(page);
  const dialog = page.getByRole("alertdialog", { name: "Phiên đăng nhập sắp hết hạn" });
  const signOutButton = page.getByRole("button", { name: "Đăng xuất" });
  // Focus moves back here when the prompt closes.
  await signOutButton.focus();
  await pauseAndAct(page);

  await page.clock.fastForward(LIMIT_MS - 61_000);
  await expect(dialog).toBeHidden();
  await page.clock.fastForward(1_000);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`${PROMPT} Thời gian chờ: 60 giây`);
  await expect(dialog.getByRole("button", { name: "Bấm vào đây" })).toBeFocused();
  const spoken = dialog.locator('[aria-live="polite"]');
  await expect(spoken).toHaveText("Thời gian chờ: 60 giây");

  // The visible countdown moves every second; the spoken one only at its steps.
  await page.clock.fastForward(15_000);
  await expect(dialog).toContainText("Thời gian chờ: 45 giây");
  await expect(spoken).toHaveText("Thời gian chờ: 60 giây");
  await page.clock.fastForward(5_000);
  await expect(dialog).toContainText("Thời gian chờ: 40 giây");
  await expect(spoken).toHaveText("Thời gian chờ: 40 giây");

  // The page underneath is out of reach while the prompt is open.
  await expect(page.locator("body > header")).toHaveAttribute("inert", "");
  await checkAccessibility(page);
  await expect(dialog).toBeVisible();

  const before = await sessionCookieExpiry(context);
  await page.waitForTimeout(1_100); // the server's token expiry has whole-second resolution
  const extended = page.waitForResponse((response) => response.url().endsWith("/api/session/keep-alive"));
  await page.keyboard.press("Escape");
  const response = await extended;
  expect(response.status()).toBe(200);
  const { expires } = (await response.json()) as { expires: string };
  await expect(dialog).toBeHidden();
  await expect(signOutButton).toBeFocused();
  expect(await sessionCookieExpiry(context)).toBeGreaterThan(before);
  expect(new Date(expires).getTime()).toBeGreaterThan(before * 1000);

  // The timer restarted: a full limit minus 60 s again before the next prompt.
  await page.clock.fastForward(LIMIT_MS - 61_000);
  await expect(dialog).toBeHidden();
  await page.clock.fastForward(2_000);
  await expect(dialog).toBeVisible();
  const clicked = keepAliveDone(page);
  await dialog.getByRole("button", { name: "Bấm vào đây" }).click();
  await clicked;
  await expect(dialog).toBeHidden();
});

test("activity restarts the idle clock", async ({ page }) => {
  await signInIdle(page);
  await pauseAndAct(page);
  const dialog = page.getByRole("alertdialog");
  await page.clock.fastForward(LIMIT_MS - 120_000);
  await page.keyboard.press("Shift");
  await page.clock.fastForward(100_000);
  await expect(dialog).toBeHidden();
  await page.clock.fastForward(LIMIT_MS);
  await expect(page).toHaveURL(/\/dang-nhap\?het-phien=1/);
});

test("at zero the user is signed out on the server and sent to sign in, with a way back", async ({ page, context }) => {
  await signInIdle(page);
  // An editor page keeps its draft when it hears the prompt is about to sign out.
  await page.evaluate(() =>
    window.addEventListener("portal:before-idle-sign-out", () => localStorage.setItem("draft-kept", "yes")),
  );
  await pauseAndAct(page);
  await page.clock.fastForward(LIMIT_MS - 60_000);
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.clock.fastForward(60_000);

  await expect(page).toHaveURL(/\/dang-nhap\?het-phien=1&callbackUrl=%2Fquan-tri$/);
  await expect(page.getByRole("status")).toContainText("Phiên làm việc đã hết hạn.");
  await checkAccessibility(page);
  expect(await page.evaluate(() => localStorage.getItem("draft-kept"))).toBe("yes");
  expect((await context.cookies()).some((cookie) => cookie.name.endsWith("next-auth.session-token"))).toBe(false);
  await page.goto("/quan-tri");
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fquan-tri$/);
});

test("a second tab stays in sync: the prompt opens in both, a keep-alive in one closes both", async ({ page, context }) => {
  await signInIdle(page);
  const other = await context.newPage();
  const otherStarted = keepAliveDone(other);
  await other.goto("/quan-tri");
  await otherStarted;
  await pauseAndAct(page);

  await page.clock.fastForward(LIMIT_MS - 59_000);
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await expect(other.getByRole("alertdialog")).toBeVisible();

  const extended = keepAliveDone(other);
  await other.getByRole("button", { name: "Bấm vào đây" }).click();
  await extended;
  await expect(other.getByRole("alertdialog")).toBeHidden();
  await expect(page.getByRole("alertdialog")).toBeHidden();

  // Activity in one tab keeps the other from prompting as well.
  await page.clock.fastForward(LIMIT_MS - 120_000);
  await other.keyboard.press("Shift");
  await page.clock.fastForward(100_000);
  await expect(page.getByRole("alertdialog")).toBeHidden();
  await other.close();
});
