import { describe, expect, it } from "vitest";
import { foldVietnamese } from "./fold-vietnamese";

describe("foldVietnamese", () => {
  it("removes diacritics and folds case", () => {
    expect(foldVietnamese("Đà Nẵng")).toBe("da nang");
    expect(foldVietnamese("HÀ NỘI")).toBe("ha noi");
    expect(foldVietnamese("Công văn")).toBe("cong van");
  });

  it("maps đ and Đ to d", () => {
    expect(foldVietnamese("đường Đồng Khởi")).toBe("duong dong khoi");
  });

  it("handles text already decomposed (NFD input)", () => {
    expect(foldVietnamese("Vie\u0302\u0323t Nam")).toBe("viet nam");
  });

  it("collapses white space", () => {
    expect(foldVietnamese("  Ủy ban\n\tnhân   dân ")).toBe("uy ban nhan dan");
  });
});
