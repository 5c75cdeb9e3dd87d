import { describe, expect, it } from "vitest";
import { formatDate, formatDateLine, formatDateTime, formatLongDate, startOfVietnamDay, vietnamDateParts, vietnamDay } from "./vietnam-time";

describe("formatDateLine", () => {
  it("reproduces the reference page's date line", () => {
    // 18/10/2020 09:24 in Vietnam is 02:24 UTC, a Sunday.
    expect(formatDateLine(new Date("2020-10-18T02:24:00Z"))).toBe("Chủ nhật - 18/10/2020 09:24");
  });

  it("names every weekday in Vietnamese", () => {
    const names = Array.from({ length: 7 }, (_, i) => formatDateLine(new Date(Date.UTC(2020, 9, 19 + i, 3, 0))).split(" - ")[0]);
    expect(names).toEqual(["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]);
  });

  it("uses Vietnam's day, not the server's, around midnight", () => {
    // 17:00 UTC on Saturday is already 00:00 on Sunday in Vietnam.
    expect(formatDateLine(new Date("2020-10-17T17:00:00Z"))).toBe("Chủ nhật - 18/10/2020 00:00");
    // One minute earlier is still Saturday, 23:59.
    expect(formatDateLine(new Date("2020-10-17T16:59:00Z"))).toBe("Thứ bảy - 17/10/2020 23:59");
  });

  it("crosses the year boundary at Vietnam's midnight", () => {
    expect(formatDateLine(new Date("2025-12-31T16:59:00Z"))).toBe("Thứ tư - 31/12/2025 23:59");
    expect(formatDateLine(new Date("2025-12-31T17:00:00Z"))).toBe("Thứ năm - 01/01/2026 00:00");
  });

  it("does not depend on the process time zone", () => {
    // vitest.config.ts runs the suite with TZ=UTC; this asserts that setting really applies.
    expect(new Date("2020-10-18T02:24:00Z").getHours()).toBe(2);
    expect(formatDateTime(new Date("2020-10-18T02:24:00Z"))).toBe("18/10/2020 09:24");
  });
});

describe("short forms", () => {
  it("formats dates for lists and the header", () => {
    const date = new Date("2026-11-26T01:05:00Z");
    expect(formatDate(date)).toBe("26/11/2026");
    expect(formatLongDate(date)).toBe("Thứ năm, ngày 26/11/2026");
  });
});

describe("Vietnamese calendar days", () => {
  it("names the day of an instant in Vietnam, not on the server", () => {
    expect(vietnamDay(new Date("2025-12-31T16:59:59Z"))).toBe("2025-12-31");
    expect(vietnamDay(new Date("2025-12-31T17:00:00Z"))).toBe("2026-01-01");
  });

  it("starts a day at Vietnam's midnight", () => {
    expect(startOfVietnamDay("2026-01-01").toISOString()).toBe("2025-12-31T17:00:00.000Z");
    expect(vietnamDay(startOfVietnamDay("2026-11-26"))).toBe("2026-11-26");
  });
});

describe("the kept parts of the last minute", () => {
  it("serve the same minute and never the next one, even a millisecond later", () => {
    const lastMillisecond = new Date("2026-11-26T16:59:59.999Z");
    expect(vietnamDay(new Date("2026-11-26T16:59:00.000Z"))).toBe("2026-11-26");
    expect(vietnamDateParts(lastMillisecond)).toMatchObject({ day: "26", hour: "23", minute: "59" });
    expect(vietnamDateParts(new Date(lastMillisecond.getTime() + 1))).toMatchObject({ day: "27", hour: "00", minute: "00" });
    // Going back in time is a different minute too.
    expect(vietnamDay(lastMillisecond)).toBe("2026-11-26");
  });
});
