import { describe, expect, it } from "vitest";
import { articleInputSchema, parseTags } from "./article-input";

const form = (overrides: Record<string, string> = {}) => ({
  title: "  Khởi công cầu Đà Giang  ",
  slug: "",
  summary: "Tóm tắt",
  bodyHtml: '<p onclick="x()">Nội dung</p><script>alert(1)</script>',
  categoryId: "2",
  tags: "Giao thông, cầu Đà Giang, giao  thông",
  authorName: "Minh An",
  sourceName: "",
  sourceUrl: "",
  seoTitle: "",
  seoDescription: "",
  imageUrl: "/api/uploads/2026-11-abc.jpg",
  imageAlt: "Cầu",
  imageCaption: "",
  imageWidth: "800",
  imageHeight: "",
  publishedAt: "2026-11-26T15:30",
  expiresAt: "",
  ...overrides,
});

describe("articleInputSchema", () => {
  it("normalises the form: trimmed title, slug from the title, sanitised body, tags, Vietnam dates", () => {
    const input = articleInputSchema.parse(form());
    expect(input).toMatchObject({
      title: "Khởi công cầu Đà Giang",
      slug: "khoi-cong-cau-da-giang",
      bodyHtml: "<p>Nội dung</p>",
      categoryId: 2,
      tags: ["Giao thông", "cầu Đà Giang"],
      sourceName: null,
      imageWidth: 800,
      imageHeight: null,
      featured: false,
      expiresAt: null,
    });
    expect(input.publishedAt?.toISOString()).toBe("2026-11-26T08:30:00.000Z");
  });

  it("accepts an editor's form, which has no publication fields", () => {
    const { publishedAt: _p, expiresAt: _e, ...editorForm } = form();
    expect(articleInputSchema.parse(editorForm)).toMatchObject({ publishedAt: null, expiresAt: null });
  });

  it("reads the secondary categories, without duplicates or the primary one", () => {
    expect(articleInputSchema.parse(form({ secondaryCategoryIds: "3,2,3,x,0" })).secondaryCategoryIds).toEqual([3]);
    expect(articleInputSchema.parse(form()).secondaryCategoryIds).toEqual([]);
  });

  it("keeps a typed slug, slugified", () => {
    expect(articleInputSchema.parse(form({ slug: "Cầu mới 2026" })).slug).toBe("cau-moi-2026");
  });

  it("refuses a missing title, a bad source link, a foreign image and an expiry before publication", () => {
    const bads: Record<string, string>[] = [
      { title: " " },
      { sourceUrl: "javascript:alert(1)" },
      { imageUrl: "data:image/png;base64,AAAA" },
      { expiresAt: "2026-11-26T15:00" },
      { publishedAt: "hôm nay" },
    ];
    for (const bad of bads) {
      expect(articleInputSchema.safeParse(form(bad)).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("parseTags", () => {
  it("splits on commas, semicolons and lines, and drops duplicates by slug", () => {
    expect(parseTags("a; Á\nb,,  c  ")).toEqual(["a", "b", "c"]);
  });
});
