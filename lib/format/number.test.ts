import { describe, expect, it } from "vitest";
import { formatCount } from "./number";

describe("formatCount", () => {
  it("groups thousands with dots, the Vietnamese way", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(738)).toBe("738");
    expect(formatCount(1234)).toBe("1.234");
    expect(formatCount(13369175)).toBe("13.369.175");
  });
});
