import { expect, test } from "./helpers/console-guard";
import { signIn } from "./helpers/staff";

// Route handlers are covered one by one by lib/http/same-origin-routes.int.test.ts; server
// actions are Next's own endpoint, so this proves on the built server that a signed-in
// editor's browser, made to post an action from another site, changes nothing: the public
// pipeline refuses it (lib/http/same-origin.ts) however the request names its origin or host.
const FORGERIES: { name: string; rewrite: (headers: Record<string, string>) => Record<string, string> }[] = [
  { name: "a foreign Origin", rewrite: (headers) => ({ ...headers, origin: "https://evil.example" }) },
  {
    name: "a foreign Referer and no Origin",
    rewrite: ({ origin: _origin, ...headers }) => ({ ...headers, referer: "https://evil.example/trang" }),
  },
  {
    name: "a foreign Origin with X-Forwarded-Host naming it",
    rewrite: (headers) => ({ ...headers, origin: "https://evil.example", "x-forwarded-host": "evil.example" }),
  },
];

for (const forgery of FORGERIES) {
  test(`a server action posted with ${forgery.name} is refused with 403 and changes nothing`, async ({ page, consoleGuard }) => {
    test.setTimeout(90_000);
    // The refused action surfaces in the page as a failed request and a React error: expected here.
    consoleGuard.allow(/status of 403|Minified React error #441|An unexpected response was received from the server/);
    const name = `Chuyên đề ngoài trang ${Date.now()}`;
    await signIn(page, "admin", "/quan-tri/chuyen-muc");

    // The browser's own action request, its headers rewritten as another site's page would send it.
    const refusals: number[] = [];
    await page.route("**/quan-tri/chuyen-muc", async (route) => {
      const request = route.request();
      if (request.method() !== "POST") return route.continue();
      const response = await route.fetch({ headers: forgery.rewrite(request.headers()) });
      refusals.push(response.status());
      await route.fulfill({ response });
    });
    await page.getByLabel("Tên chuyên mục").fill(name);
    await page.getByLabel("Đang hoạt động (hiện trên cổng)").uncheck();
    await page.getByRole("button", { name: "Thêm chuyên mục" }).click();
    await expect.poll(() => refusals.length).toBe(1);
    expect(refusals[0]).toBe(403);
    await page.unroute("**/quan-tri/chuyen-muc");
    await page.goto("/quan-tri/chuyen-muc");
    await expect(page.getByRole("table")).not.toContainText(name);

    // The same form from the portal itself works: the refusal was the forgery, nothing else.
    await page.getByLabel("Tên chuyên mục").fill(name);
    await page.getByLabel("Đang hoạt động (hiện trên cổng)").uncheck();
    await page.getByRole("button", { name: "Thêm chuyên mục" }).click();
    await expect(page.getByText(`Đã tạo chuyên mục "${name}".`)).toBeVisible();
  });
}
