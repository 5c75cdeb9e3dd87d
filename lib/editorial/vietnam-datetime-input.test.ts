import { describe, expect, it } from "vitest";
import { parseVietnamInputValue, toVietnamInputValue } from "./vietnam-datetime-input";

describe("Vietnam datetime-local values", () => {
  it("reads the typed time as Vietnam time whatever the server's zone", () => {
    expect(parseVietnamInputValue("2026-11-26T15:30")?.toISOString()).toBe("2026-11-26T08:30:00.000Z");
    expect(parseVietnamInputValue("2026-01-01T03:00:15")?.toISOString()).toBe("2025-12-31T20:00:15.000Z");
  });

  it("refuses malformed values", () => {
    for (const value of ["", "26/11/2026 15:30", "2026-13-40T99:99", "2026-11-26T15:30Z"]) expect(parseVietnamInputValue(value)).toBeNull();
  });

  it("writes back what it reads", () => {
    const date = new Date("2026-11-26T08:30:05Z");
    expect(toVietnamInputValue(date)).toBe("2026-11-26T15:30:05");
    expect(parseVietnamInputValue(toVietnamInputValue(date))).toEqual(date);
    expect(toVietnamInputValue(null)).toBe("");
  });
});
