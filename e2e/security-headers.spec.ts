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
