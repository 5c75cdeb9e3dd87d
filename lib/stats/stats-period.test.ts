import { describe, expect, it } from "vitest";
import { vietnamDay } from "@/lib/format/vietnam-time";
import { daysEndingAt, monthDayRange, monthsEndingAt, shiftDay, statsHour, statsMonth } from "./stats-period";

describe("statistics periods in Asia/Ho_Chi_Minh on a server in UTC", () => {
  it("runs in UTC, so the tests below prove the conversion", () => {
    expect(new Date("2026-11-26T20:00:00Z").getHours()).toBe(20);
  });

  it("rolls the day over at Vietnam's midnight (17:00 UTC), not at UTC midnight", () => {
    expect(vietnamDay(new Date("2026-11-26T16:59:59Z"))).toBe("2026-11-26");
    expect(vietnamDay(new Date("2026-11-26T17:00:00Z"))).toBe("2026-11-27");
    expect(statsHour(new Date("2026-11-26T16:59:59Z"))).toBe("2026-11-26T23");
    expect(statsHour(new Date("2026-11-26T17:00:00Z"))).toBe("2026-11-27T00");
    // Just after UTC midnight it has long been morning in Vietnam.
    expect(statsHour(new Date("2026-11-27T00:30:00Z"))).toBe("2026-11-27T07");
  });

  it("rolls the month and the year over at Vietnam's midnight", () => {
    expect(statsMonth(new Date("2026-11-30T16:59:00Z"))).toBe("2026-11");
    expect(statsMonth(new Date("2026-11-30T17:00:00Z"))).toBe("2026-12");
    expect(vietnamDay(new Date("2026-12-31T16:59:00Z"))).toBe("2026-12-31");
    expect(vietnamDay(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01-01");
    expect(statsMonth(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01");
  });

  it("counts calendar days and months across month ends, leap days and years", () => {
    expect(shiftDay("2028-02-28", 1)).toBe("2028-02-29");
    expect(shiftDay("2027-01-01", -1)).toBe("2026-12-31");
    expect(daysEndingAt("2026-03-02", 3)).toEqual(["2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(monthsEndingAt("2027-02", 3)).toEqual(["2026-12", "2027-01", "2027-02"]);
  });

  it("gives a month's day range that includes every day key of that month and no other", () => {
    const range = monthDayRange("2026-02");
    for (const day of daysEndingAt("2026-02-28", 28)) expect(day >= range.gte && day <= range.lte).toBe(true);
    expect("2026-03-01" <= range.lte).toBe(false);
    expect("2026-01-31" >= range.gte).toBe(false);
  });
});
