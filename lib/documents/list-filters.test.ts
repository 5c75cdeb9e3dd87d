import { describe, expect, it } from "vitest";
import { documentListHref, parseDocumentFilters, searchWords } from "./list-filters";

describe("parseDocumentFilters", () => {
  it("reads every filter from its Vietnamese URL parameter", () => {
    expect(
      parseDocumentFilters({
        q: "  công văn ",
        loai: "cong-van",
        "linh-vuc": "noi-vu",
        "co-quan": "ubnd-tinh",
        "nguoi-ky": "3",
        "hieu-luc": "het",
        "tu-ngay": "2026-01-01",
        "den-ngay": "2026-12-31",
      }),
    ).toEqual({
      q: "công văn",
      type: "cong-van",
      field: "noi-vu",
      body: "ubnd-tinh",
      signer: 3,
      validity: "het",
      from: "2026-01-01",
      to: "2026-12-31",
    });
  });

  it("drops empty and malformed values instead of failing", () => {
    expect(
      parseDocumentFilters({
        q: "",
        loai: "../etc",
        "nguoi-ky": "0",
        "hieu-luc": "maybe",
        "tu-ngay": "2026-02-30",
        "den-ngay": "31/12/2026",
        "co-quan": ["ubnd-tinh", "so-noi-vu"],
      }),
    ).toEqual({ body: "ubnd-tinh" });
  });
});

describe("documentListHref", () => {
  it("round-trips the filters and the page through the URL", () => {
    const filters = { q: "giải ngân", type: "cong-van", validity: "con" as const, from: "2026-01-01" };
    const href = documentListHref(filters, 3);
    expect(href).toBe("/van-ban?q=gi%E1%BA%A3i+ng%C3%A2n&loai=cong-van&hieu-luc=con&tu-ngay=2026-01-01&trang=3");
    expect(parseDocumentFilters(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(filters);
    expect(documentListHref({})).toBe("/van-ban");
  });
});

describe("searchWords", () => {
  it("folds the keyword into words", () => {
    expect(searchWords("  Công   VĂN  Đà Nẵng")).toEqual(["cong", "van", "da", "nang"]);
    expect(searchWords(undefined)).toEqual([]);
  });
});
