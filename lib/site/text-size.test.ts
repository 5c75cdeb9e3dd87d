import { describe, expect, it } from "vitest";
import { APPLY_STORED_TEXT_SIZE, DEFAULT_TEXT_SIZE, nextTextSize, parseTextSize, TEXT_SIZES } from "./text-size";

describe("the reader's text size", () => {
  it("steps up to 200% and down to the default, never beyond", () => {
    expect(nextTextSize(100, 1)).toBe(112.5);
    expect(nextTextSize(175, 1)).toBe(200);
    expect(nextTextSize(200, 1)).toBe(200);
    expect(nextTextSize(112.5, -1)).toBe(100);
    expect(nextTextSize(100, -1)).toBe(100);
    expect(nextTextSize(133, 1)).toBe(112.5);
  });

  it("reads only sizes it offers", () => {
    expect(parseTextSize("125")).toBe(125);
    expect(parseTextSize("300")).toBe(DEFAULT_TEXT_SIZE);
    expect(parseTextSize(null)).toBe(DEFAULT_TEXT_SIZE);
    expect(parseTextSize("abc")).toBe(DEFAULT_TEXT_SIZE);
  });

  it("applies a stored size before the first paint, and ignores anything else", () => {
    const run = (stored: string | null) => {
      const root = { style: { fontSize: "" } };
      new Function("localStorage", "document", APPLY_STORED_TEXT_SIZE)({ getItem: () => stored }, { documentElement: root });
      return root.style.fontSize;
    };
    expect(run("150")).toBe("150%");
    expect(run(String(TEXT_SIZES.at(-1)))).toBe("200%");
    expect(run("100")).toBe("");
    expect(run("9999")).toBe("");
    expect(run("\"><script>")).toBe("");
  });
});
