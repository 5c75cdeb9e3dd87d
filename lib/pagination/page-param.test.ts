import { describe, expect, it } from "vitest";
import { visiblePages } from "@/components/ui/pagination";
import { pageCount, parsePageParam } from "./page-param";

describe("parsePageParam", () => {
  it("defaults to page 1 and reads positive integers", () => {
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam("3")).toBe(3);
  });

  it("refuses anything else", () => {
    for (const value of ["0", "-1", "1.5", "abc", "01", "", "9999999"]) expect(parsePageParam(value)).toBeNull();
    expect(parsePageParam(["1", "2"])).toBeNull();
  });
});

describe("pageCount", () => {
  it("rounds up and never returns zero", () => {
    expect(pageCount(0, 12)).toBe(1);
    expect(pageCount(12, 12)).toBe(1);
    expect(pageCount(13, 12)).toBe(2);
  });
});

describe("visiblePages", () => {
  it("shows first, last and a window around the current page", () => {
    expect(visiblePages(1, 3)).toEqual([1, 2, 3]);
    expect(visiblePages(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
    expect(visiblePages(12, 12)).toEqual([1, null, 10, 11, 12]);
  });
});
