import { describe, expect, it } from "vitest";
import { descendantIds, flattenTree } from "./category-tree";

const rows = [
  { id: 1, parentId: null, position: 1, name: "Tin tức" },
  { id: 2, parentId: null, position: 0, name: "Giới thiệu" },
  { id: 3, parentId: 1, position: 1, name: "Kinh tế" },
  { id: 4, parentId: 1, position: 0, name: "Xã hội" },
  { id: 5, parentId: 4, position: 0, name: "Giáo dục" },
];

describe("flattenTree", () => {
  it("puts each parent before its children, siblings by position", () => {
    expect(flattenTree(rows).map((row) => [row.name, row.depth])).toEqual([
      ["Giới thiệu", 0],
      ["Tin tức", 0],
      ["Xã hội", 1],
      ["Giáo dục", 2],
      ["Kinh tế", 1],
    ]);
  });

  it("shows a category whose parent is missing at the top level", () => {
    expect(flattenTree([{ id: 7, parentId: 99, position: 0 }])).toEqual([{ id: 7, parentId: 99, position: 0, depth: 0 }]);
  });
});

describe("descendantIds", () => {
  it("finds children and grandchildren, not the category itself", () => {
    expect([...descendantIds(rows, 1)].sort()).toEqual([3, 4, 5]);
    expect(descendantIds(rows, 3).size).toBe(0);
  });
});
