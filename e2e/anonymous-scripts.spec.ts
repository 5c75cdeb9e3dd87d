import type { Page } from "@playwright/test";
import { allArticles, articleUrl, isPublicRow } from "./helpers/database";
import { expect, test } from "./helpers/console-guard";
import { signIn } from "./helpers/staff";

// Anonymous readers download no next-auth client and no idle-prompt code (issue budget): the
// root layout loads them only for a signed-in user (components/session/staff-session-prompt.tsx).
// Found by what only that code carries: next-auth's log prefixes, the prompt's keep-alive call
// and the event it fires before signing out.
const STAFF_ONLY_MARKERS = ["next-auth][error][", "/api/session/keep-alive", "portal:before-idle-sign-out"];
// Four pages to network idle, or a sign-in (bcrypt), on a shared two-core machine: more than one page's time.
test.describe.configure({ timeout: 90_000 });

/** Every script the page loads, by path, with the staff-only markers its text holds. */
async function scriptsOf(page: Page, path: string): Promise<{ path: string; markers: string[] }[]> {
  const scripts: Promise<{ path: string; markers: string[] }>[] = [];
  const listen = (response: import("@playwright/test").Response) => {
    if (response.request().resourceType() !== "script") return;
    scripts.push(
      response.text().then((text) => ({ path: new URL(response.url()).pathname, markers: STAFF_ONLY_MARKERS.filter((marker) => text.includes(marker)) })),
    );
  };
  page.on("response", listen);
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  page.off("response", listen);
  return Promise.all(scripts);
}

test("an anonymous reader's pages load no next-auth client and no idle-prompt code", async ({ page }) => {
  const article = allArticles().find((row) => isPublicRow(row))!;
  for (const path of ["/", articleUrl(article), "/van-ban", "/tim-kiem?q=giao+thong"]) {
    const scripts = await scriptsOf(page, path);
    expect(scripts.length, `${path}: the page's scripts were seen`).toBeGreaterThan(0);
    expect(scripts.filter((script) => script.markers.length > 0), path).toEqual([]);
  }
});

test("signed-in staff still load the idle prompt, on public pages too", async ({ page }) => {
  await signIn(page, "editor");
  const scripts = await scriptsOf(page, "/");
  const markers = new Set(scripts.flatMap((script) => script.markers));
  expect([...markers].sort()).toEqual([...STAFF_ONLY_MARKERS].sort());
});
