import { describe, expect, it } from "vitest";
import { navItemsFor } from "./editor-nav-items";

const hrefs = (role: Parameters<typeof navItemsFor>[0]) => navItemsFor(role).map((item) => item.href);

describe("navItemsFor", () => {
  it("gives editors articles only", () => {
    expect(hrefs("editor")).toEqual(["/quan-tri", "/quan-tri/bai-viet"]);
  });

  it("adds comments and documents for publishers", () => {
    expect(hrefs("publisher")).toEqual(["/quan-tri", "/quan-tri/bai-viet", "/quan-tri/binh-luan", "/quan-tri/van-ban"]);
  });

  it("shows admins everything, their own pages included", () => {
    expect(hrefs("admin")).toEqual(expect.arrayContaining(["/quan-tri/chuyen-muc", "/quan-tri/nguoi-dung", "/quan-tri/nhat-ky"]));
    expect(hrefs("admin")).toHaveLength(7);
  });
});
