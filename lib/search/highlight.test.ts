import { describe, expect, it } from "vitest";
import { containsTerm, excerptAround, highlightSegments } from "./highlight";
import { searchTerms } from "./search-terms";

const marked = (text: string, query: string) =>
  highlightSegments(text, searchTerms(query))
    .map((segment) => (segment.match ? `[${segment.text}]` : segment.text))
    .join("");

describe("highlightSegments", () => {
  it("marks whole words whatever their case and diacritics, keeping the original text", () => {
    expect(marked("Khánh thành cầu Đà Nẵng mới", "da nang")).toBe("Khánh thành cầu [Đà Nẵng] mới");
    expect(marked("Thủ đô Hà Nội", "HÀ NỘI")).toBe("Thủ đô [Hà Nội]");
    expect(marked("ĐÀ NẴNG", "đà")).toBe("[ĐÀ] NẴNG");
  });

  it("does not mark a word inside a longer word", () => {
    expect(marked("Thanh Hóa và Hà Tĩnh", "ha")).toBe("Thanh Hóa và [Hà] Tĩnh");
    expect(marked("hanh chinh", "ha")).toBe("hanh chinh");
  });

  it("keeps combining marks of decomposed text inside the mark", () => {
    const decomposed = "Đà Nẵng".normalize("NFD");
    const segments = highlightSegments(decomposed, ["nang"]);
    expect(segments.find((segment) => segment.match)?.text).toBe("Nẵng".normalize("NFD"));
  });

  it("returns the text as plain pieces: markup in it stays text for the renderer to escape", () => {
    const segments = highlightSegments('<script>alert("hà")</script>', ["ha"]);
    expect(segments).toEqual([
      { text: '<script>alert("', match: false },
      { text: "hà", match: true },
      { text: '")</script>', match: false },
    ]);
  });

  it("marks document numbers split at punctuation", () => {
    expect(marked("Số 1182-CV/BTGTU", "cv/btgtu")).toBe("Số 1182-[CV]/[BTGTU]");
  });
});

describe("excerptAround", () => {
  const long = `${"Mở đầu không liên quan. ".repeat(20)}Tỉnh khởi công cầu Đà Giang 2 nối hai bờ. ${"Đoạn kết dài. ".repeat(20)}`;

  it("centres on the first match and marks what was left out", () => {
    const excerpt = excerptAround(long, ["giang"], 120);
    expect(excerpt).toContain("Đà Giang");
    expect(excerpt.startsWith("…")).toBe(true);
    expect(excerpt.endsWith("…")).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(122);
  });

  it("keeps short text whole and starts at the beginning when nothing matches", () => {
    expect(excerptAround("Ngắn gọn", ["x"])).toBe("Ngắn gọn");
    expect(excerptAround(long, ["khongco"], 60).startsWith("Mở đầu")).toBe(true);
  });

  it("tells whether a word occurs", () => {
    expect(containsTerm(long, ["giang"])).toBe(true);
    expect(containsTerm(long, ["gian"])).toBe(false);
  });
});
