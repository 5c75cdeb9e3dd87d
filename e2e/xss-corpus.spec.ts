import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { e2eDatabaseUrl } from "./helpers/e2e-database-url";
import { expect, test } from "./helpers/console-guard";
import { signIn } from "./helpers/staff";
import { loadXssPayloads, XSS_MANIFEST_FILE, type XssManifest } from "./helpers/xss-payloads";

// The XSS corpus (e2e/fixtures/xss-payloads.txt, 100+ payloads) is stored through every field
// that reaches a page, by the lib functions the forms and routes call (e2e/fixtures/xss-corpus-seed.ts),
// then every page type that shows those fields is opened in Chromium: no payload may run
// (__xss and alert() are watched) and no element may carry an event handler or a script URL.
// The corpus is removed afterwards, so the other specs see the demo content only.

test.describe.configure({ mode: "serial" });

function runSeed(command: "seed" | "remove") {
  execFileSync("npx", ["tsx", "--tsconfig", "tsconfig.node.json", "e2e/fixtures/xss-corpus-seed.ts", command], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    stdio: "inherit",
  });
}

let manifest: XssManifest;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  runSeed("seed");
  manifest = JSON.parse(readFileSync(XSS_MANIFEST_FILE, "utf8"));
});

test.afterAll(() => {
  test.setTimeout(60_000);
  runSeed("remove");
});

/** Records every payload that runs: the __xss hook and any dialog (alert, confirm, prompt). */
async function watchForExecution(page: Page): Promise<string[]> {
  const fired: string[] = [];
  await page.exposeFunction("__xss", (id: unknown) => fired.push(`__xss(${String(id)}) on ${page.url()}`));
  page.on("dialog", async (dialog) => {
    fired.push(`${dialog.type()}(${dialog.message()}) on ${page.url()}`);
    await dialog.dismiss();
  });
  return fired;
}

type DomFinding = { tag: string; attribute: string; value: string };

/** Every element attribute that could run script: on* handlers, script URLs, srcdoc, refresh. */
function scriptableAttributes(page: Page): Promise<DomFinding[]> {
  return page.evaluate(() => {
    const SCRIPT_URL = /^[\s\u0000-\u001f]*(javascript|vbscript|data:text\/html|data:image\/svg)/i;
    const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset"]);
    const findings: { tag: string; attribute: string; value: string }[] = [];
    for (const element of document.querySelectorAll("*")) {
      for (const { name, value } of element.attributes) {
        const tag = element.tagName.toLowerCase();
        if (name.startsWith("on") || name === "srcdoc" || (URL_ATTRIBUTES.has(name) && SCRIPT_URL.test(value))) {
          findings.push({ tag, attribute: name, value: value.slice(0, 120) });
        }
        if (tag === "meta" && name === "http-equiv" && /refresh/i.test(value)) findings.push({ tag, attribute: name, value });
      }
      // React's flight data carries the payloads inside JavaScript strings; any other script holding one is a breakout.
      const script = element.tagName === "SCRIPT" ? (element.textContent ?? "") : "";
      if (/__xss\(|alert\(/.test(script) && !script.startsWith("self.__next_f.push(") && element.getAttribute("type") !== "application/ld+json") {
        findings.push({ tag: "script", attribute: "#text", value: (element.textContent ?? "").slice(0, 120) });
      }
      if (element.tagName === "BASE") findings.push({ tag: "base", attribute: "href", value: element.getAttribute("href") ?? "" });
    }
    return findings;
  });
}

/** Opens `path`, lets every handler the page could have get its chance, and checks nothing ran. */
async function expectInert(page: Page, fired: string[], path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  // Every onload/onerror handler a payload could have attached has had its event by now.
  await page.waitForLoadState("load");
  // Hover and focus paths that some payloads wait for.
  await page.mouse.move(200, 300);
  await page.keyboard.press("Tab");
  // The payloads are on the page as text: otherwise this check would prove nothing.
  expect(await page.content(), `${path}: the corpus is shown`).toContain("__xss(");
  expect(await scriptableAttributes(page), path).toEqual([]);
  expect(fired, path).toEqual([]);
}

test("the corpus holds more than 100 distinct payloads", () => {
  const payloads = loadXssPayloads();
  expect(payloads.length).toBeGreaterThanOrEqual(100);
  expect(new Set(payloads.map(({ text }) => text)).size).toBe(payloads.length);
});

test("public pages show the corpus as inert text", async ({ page }) => {
  test.setTimeout(300_000);
  const fired = await watchForExecution(page);
  await expectInert(page, fired, "/");
  await expectInert(page, fired, manifest.categoryPath);
  await expectInert(page, fired, `/tim-kiem?q=${manifest.searchWord}`);
  await expectInert(page, fired, `/van-ban?q=${manifest.searchWord}`);
});

test("every article page, its comments and its JSON-LD stay inert", async ({ page }) => {
  test.setTimeout(600_000);
  const fired = await watchForExecution(page);
  for (const path of manifest.articlePaths) await expectInert(page, fired, path);
  // The structured data is still well-formed JSON carrying the title: no </script> broke out.
  await page.goto(manifest.articlePaths[0]);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks.length).toBeGreaterThan(0);
  for (const block of blocks) expect(() => JSON.parse(block)).not.toThrow();
  expect(blocks.join("\n")).toContain(manifest.searchWord);
});

test("every document page stays inert", async ({ page }) => {
  test.setTimeout(300_000);
  const fired = await watchForExecution(page);
  for (const path of manifest.documentPaths) await expectInert(page, fired, path);
});

test("the editor area stays inert for a staff member whose own name is a payload", async ({ page }) => {
  test.setTimeout(600_000);
  const fired = await watchForExecution(page);
  await signIn(page, manifest.signInAs, "/quan-tri");
  for (const path of [
    "/quan-tri",
    `/quan-tri/bai-viet?q=${manifest.searchWord}`,
    manifest.articleEditPath,
    "/quan-tri/binh-luan",
    "/quan-tri/binh-luan?trang-thai=approved",
    "/quan-tri/chuyen-muc",
    "/quan-tri/nguoi-dung",
    "/quan-tri/nhat-ky",
    "/quan-tri/van-ban",
    "/quan-tri/van-ban/danh-muc",
    manifest.documentEditPaths[0],
  ]) {
    await expectInert(page, fired, path);
  }
});

test("feeds escape the corpus", async ({ request }) => {
  for (const path of ["/rss.xml", manifest.categoryPath.replace("/tin-tuc/", "/rss/")]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const xml = await response.text();
    expect(xml, path).toContain(manifest.searchWord);
    // Every payload is text: no markup from it survives unescaped.
    expect(xml, path).not.toMatch(/<(script|img|svg|iframe|a |math|style)/i);
  }
});
