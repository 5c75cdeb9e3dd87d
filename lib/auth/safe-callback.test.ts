import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback";

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
