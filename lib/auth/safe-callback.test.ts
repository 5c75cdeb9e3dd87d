import { describe, expect, it } from "vitest";
import { isSameSiteDestination, safeCallbackPath } from "./safe-callback";

describe("safeCallbackPath", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/quan-tri/bai-viet?trang=2")).toBe("/quan-tri/bai-viet?trang=2");
  });

  it("refuses other sites and odd values", () => {
    for (const value of ["https://evil.example", "//evil.example", "/\\evil.example", "quan-tri", undefined, ["/a"]]) {
      expect(safeCallbackPath(value)).toBe("/quan-tri");
    }
  });
});

describe("isSameSiteDestination", () => {
  const request = "http://127.0.0.1:3100/api/auth/signin";

  it("accepts paths and absolute addresses of this site", () => {
    for (const value of ["/quan-tri", "http://127.0.0.1:3100/quan-tri/bai-viet"]) expect(isSameSiteDestination(value, request), value).toBe(true);
  });

  it("refuses script addresses, other sites and values that are not addresses", () => {
    for (const value of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "https://evil.example/", "//evil.example", "http://127.0.0.1:3101/", "%%%"]) {
      expect(isSameSiteDestination(value, request), value).toBe(false);
    }
  });
});
