import { expect, test } from "./helpers/console-guard";

test("every page carries the security headers", async ({ request }) => {
  for (const path of ["/", "/tin-tuc/kinh-te-xa-hoi", "/dang-nhap", "/khong-ton-tai"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("an address with broken percent-encoding or a NUL byte is a 400 in Vietnamese with the usual headers, not a 500", async ({ request }) => {
  for (const [method, path] of [
    ["GET", "/tin-tuc/%ff"],
    // PostgreSQL refuses a NUL in a query: found by e2e/route-fuzz.spec.ts as a 500 on /rss/%00.
    ["GET", "/rss/%00"],
    ["GET", "/tin-tuc/thoi-su%00"],
    ["GET", "/tim-kiem?q=%00"],
    ["GET", "/api/articles/%ff/comments"],
    ["POST", "/api/articles/%ff/rating"],
    ["GET", "/van-ban/%E0%A4%A"],
  ] as const) {
    const response = await request.fetch(path, { method, data: method === "POST" ? { score: 5 } : undefined, maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["content-security-policy"], path).toContain("default-src 'none'");
    expect(await response.text(), path).toContain("Địa chỉ yêu cầu không hợp lệ.");
  }
});

test("next-auth's routes refuse a GET callback and a script destination with a 400 in Vietnamese", async ({ request }) => {
  for (const [path, message] of [
    ["/api/auth/callback/credentials", "Yêu cầu đăng nhập không hợp lệ."],
    ["/api/auth/signin?callbackUrl=javascript:alert(1)", "Địa chỉ quay lại sau khi đăng nhập không hợp lệ."],
    ["/api/auth/signin?callbackUrl=https%3A%2F%2Fevil.example%2F", "Địa chỉ quay lại sau khi đăng nhập không hợp lệ."],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(await response.json(), path).toEqual({ error: message });
  }
  // What the portal itself uses still works.
  expect((await request.get("/api/auth/csrf")).status()).toBe(200);
  expect((await request.get("/api/auth/session")).status()).toBe(200);
});
