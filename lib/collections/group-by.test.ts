import { describe, expect, it } from "vitest";
import { groupBy } from "./group-by";

describe("groupBy", () => {
  it("keeps items in order under their key, keys in order of first appearance", () => {
    const grouped = groupBy(["ba", "an", "bình", "ánh", "bảo"], (word) => word[0]);
    expect([...grouped]).toEqual([
      ["b", ["ba", "bình", "bảo"]],
      ["a", ["an"]],
      ["á", ["ánh"]],
    ]);
  });

  it("groups ten thousand items of one key in linear time, without copying the group each time", () => {
    const items = Array.from({ length: 10_000 }, (_, index) => index);
    const grouped = groupBy(items, () => "one");
    expect(grouped.get("one")).toHaveLength(10_000);
    expect(grouped.get("one")![9_999]).toBe(9_999);
  });

  it("answers an empty map for no items", () => {
    expect(groupBy([], () => 1).size).toBe(0);
  });
});
