import { describe, expect, it } from "vitest";
import { diffLines } from "./line-diff";

describe("diffLines", () => {
  it("marks removed, added and unchanged lines in order", () => {
    expect(diffLines(["a", "b", "c"], ["a", "c", "d"])).toEqual([
      { kind: "same", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "same", text: "c" },
      { kind: "added", text: "d" },
    ]);
  });

  it("shows a changed line as removed then added", () => {
    expect(diffLines(["Tiêu đề: Cũ"], ["Tiêu đề: Mới"])).toEqual([
      { kind: "removed", text: "Tiêu đề: Cũ" },
      { kind: "added", text: "Tiêu đề: Mới" },
    ]);
  });

  it("keeps every line of both sides", () => {
    const before = ["x", "y", "z", "x", "y"];
    const after = ["y", "x", "z", "z", "y"];
    const diff = diffLines(before, after);
    expect(diff.filter((l) => l.kind !== "added").map((l) => l.text)).toEqual(before);
    expect(diff.filter((l) => l.kind !== "removed").map((l) => l.text)).toEqual(after);
  });
});
