import { describe, expect, it } from "vitest";
import { parseSearchParams, searchHref } from "./search-request";
import { MAX_SEARCH_TERMS, searchTerms } from "./search-terms";

describe("searchTerms", () => {
  it("folds case and Vietnamese diacritics and splits where the indexes split", () => {
    expect(searchTerms("Đà Nẵng, HÀ NỘI")).toEqual(["da", "nang", "ha", "noi"]);
    expect(searchTerms("1182-CV/BTGTU")).toEqual(["1182", "cv", "btgtu"]);
    expect(searchTerms("  !!  ")).toEqual([]);
  });

  it("keeps the words in order, repeats included, up to the limit", () => {
    expect(searchTerms("tỉnh ủy tỉnh")).toEqual(["tinh", "uy", "tinh"]);
    expect(searchTerms(Array.from({ length: 15 }, (_, i) => `w${i}`).join(" "))).toHaveLength(MAX_SEARCH_TERMS);
  });
});

describe("parseSearchParams", () => {
  it("accepts 2 to 100 characters and explains anything else", () => {
    expect(parseSearchParams({})).toEqual({ status: "empty" });
    expect(parseSearchParams({ q: "   " })).toEqual({ status: "empty" });
    const short = parseSearchParams({ q: "a" });
    expect(short.status === "invalid" && short.message).toMatch(/ít nhất 2 ký tự/);
    const long = parseSearchParams({ q: "a".repeat(101) });
    expect(long.status === "invalid" && long.message).toMatch(/tối đa 100 ký tự/);
    expect(parseSearchParams({ q: "ab" }).status).toBe("ok");
    expect(parseSearchParams({ q: "a".repeat(100) }).status).toBe("ok");
    const symbols = parseSearchParams({ q: "?!" });
    expect(symbols.status === "invalid" && symbols.message).toMatch(/chữ cái hoặc chữ số/);
  });

  it("reads the filters, ignoring values that are not valid", () => {
    const parsed = parseSearchParams({ q: "kế hoạch", loai: "van-ban", "tu-ngay": "2026-01-01", "den-ngay": "2026-02-30", trang: "3" });
    expect(parsed).toMatchObject({
      status: "ok",
      request: { terms: ["ke", "hoach"], kind: "documents", fromDay: "2026-01-01", toDay: null, page: 3 },
    });
    expect(parseSearchParams({ q: "ab", loai: "khac", trang: "-1" })).toMatchObject({ request: { kind: "all", page: 1 } });
    // A category narrows the search to articles.
    expect(parseSearchParams({ q: "ab", loai: "van-ban", "chuyen-muc": "thoi-su" })).toMatchObject({ request: { kind: "articles" } });
  });

  it("refuses a range that ends before it starts", () => {
    const parsed = parseSearchParams({ q: "ab", "tu-ngay": "2026-03-01", "den-ngay": "2026-02-01" });
    expect(parsed.status).toBe("invalid");
  });
});

describe("searchHref", () => {
  it("writes back every filter, so a parsed URL round-trips", () => {
    const params = { q: "Đà Nẵng", loai: "bai-viet", "tu-ngay": "2026-01-01", "den-ngay": "2026-01-31", trang: "2" };
    const parsed = parseSearchParams(params);
    if (parsed.status !== "ok") throw new Error("expected a valid search");
    const href = searchHref(parsed.request);
    expect(Object.fromEntries(new URL(href, "http://x").searchParams)).toEqual(params);
    expect(searchHref(parsed.request, { page: 1, kind: "all" })).toBe("/tim-kiem?q=%C4%90%C3%A0+N%E1%BA%B5ng&tu-ngay=2026-01-01&den-ngay=2026-01-31");
  });
});
