import { describe, expect, it } from "vitest";
import { isSlug, parseSlugId, slugify } from "./slugify";

describe("slugify", () => {
  it("folds Vietnamese titles into URL slugs", () => {
    expect(slugify("Khởi công cầu Đà Giang nối hai bờ")).toBe("khoi-cong-cau-da-giang-noi-hai-bo");
    expect(slugify("Văn phòng Tỉnh ủy: Tự hào truyền thống 90 năm")).toBe("van-phong-tinh-uy-tu-hao-truyen-thong-90-nam");
  });

  it("collapses punctuation and trims dashes", () => {
    expect(slugify("  “Trung thành, Tận tụy” — 2020!  ")).toBe("trung-thanh-tan-tuy-2020");
  });

  it("falls back when nothing is left", () => {
    expect(slugify("!!!")).toBe("bai-viet");
  });

  it("caps the length without a trailing dash", () => {
    const slug = slugify("Cải cách hành chính ".repeat(20));
    expect(slug.length).toBeLessThanOrEqual(120);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("parseSlugId", () => {
  it("splits slug and id", () => {
    expect(parseSlugId("khoi-cong-cau-da-giang-42")).toEqual({ slug: "khoi-cong-cau-da-giang", id: 42 });
  });

  it("accepts a bare id (slug missing)", () => {
    expect(parseSlugId("42")).toEqual({ slug: "", id: 42 });
  });

  it("rejects segments without a valid id", () => {
    expect(parseSlugId("khoi-cong")).toBeNull();
    expect(parseSlugId("bai-0")).toBeNull();
    expect(parseSlugId("bai-12345678901")).toBeNull();
  });
});

describe("isSlug", () => {
  it("takes what slugify makes and nothing else", () => {
    for (const text of ["Khởi công cầu Đà Giang", "Thời sự", "2026"]) expect(isSlug(slugify(text))).toBe(true);
    for (const value of ["", "thoi-su\u0000", "../etc", "-thoi-su", "thoi--su", "Thoi-su", "a".repeat(121), "thời-sự"]) {
      expect(isSlug(value), JSON.stringify(value)).toBe(false);
    }
  });
});
