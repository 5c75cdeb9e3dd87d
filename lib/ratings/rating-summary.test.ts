import { describe, expect, it } from "vitest";
import { formatAverage, ratingSummary } from "./rating-summary";

describe("ratingSummary", () => {
  it("rounds the average to one decimal", () => {
    expect(ratingSummary({ ratingSum: 71, ratingCount: 17 })).toEqual({ average: 4.2, count: 17 });
    expect(ratingSummary({ ratingSum: 5, ratingCount: 3 })).toEqual({ average: 1.7, count: 3 });
    expect(ratingSummary({ ratingSum: 0, ratingCount: 0 })).toEqual({ average: 0, count: 0 });
  });
});

describe("formatAverage", () => {
  it("writes one decimal with a Vietnamese comma", () => {
    expect(formatAverage(4.2)).toBe("4,2");
    expect(formatAverage(5)).toBe("5,0");
  });
});
