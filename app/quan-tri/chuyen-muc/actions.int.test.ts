import { describe, expect, it } from "vitest";
import { signInAs, type Who } from "@/tests/signed-in-as";
import { getDb } from "@/lib/db/client";
import { createCategoryAction, moveCategoryAction, updateCategoryAction } from "./actions";

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, String(value));
  return data;
};

const siblingsOf = async (parentId: number | null) => {
  const db = await getDb();
  const rows = await db.category.findMany({ where: { parentId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
  return rows.map((row) => row.id);
};

describe("category administration actions", () => {
  it.each<[Who, string]>([
    ["anonymous", "Bạn cần đăng nhập để thực hiện thao tác này."],
    ["editor", "Bạn không có quyền thực hiện thao tác này."],
    ["publisher", "Bạn không có quyền thực hiện thao tác này."],
  ])("refuse %s and change nothing", async (who, message) => {
    const db = await getDb();
    const before = await db.category.findMany({ orderBy: { id: "asc" } });
    await signInAs(who);
    const results = [
      await createCategoryAction({}, form({ name: "Chuyên mục lạ", active: "on" })),
      await updateCategoryAction({}, form({ categoryId: before[0].id, name: "Đổi tên" })),
      await moveCategoryAction({}, form({ categoryId: before[1].id, direction: "up" })),
    ];
    expect(results).toEqual(Array(3).fill({ error: message }));
    expect(await db.category.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("let an admin add a subcategory, reorder it and keep the tree free of cycles", async () => {
    const db = await getDb();
    await signInAs("admin");
    const parent = (await db.category.findFirstOrThrow({ where: { parentId: null }, orderBy: { position: "asc" } })).id;
    for (const name of ["Thể thao tỉnh", "Văn hóa cơ sở"]) {
      expect(await createCategoryAction({}, form({ name, parentId: parent, active: "on" }))).toEqual({ ok: `Đã tạo chuyên mục "${name}".` });
    }
    const first = await db.category.findUniqueOrThrow({ where: { slug: "the-thao-tinh" } });
    const second = await db.category.findUniqueOrThrow({ where: { slug: "van-hoa-co-so" } });
    expect(first).toMatchObject({ parentId: parent, active: true, showOnHome: false });
    expect((await siblingsOf(parent)).slice(-2)).toEqual([first.id, second.id]);

    await moveCategoryAction({}, form({ categoryId: second.id, direction: "up" }));
    expect((await siblingsOf(parent)).slice(-2)).toEqual([second.id, first.id]);

    // A category cannot go under itself or under its own child.
    expect(await updateCategoryAction({}, form({ categoryId: parent, name: "Vòng lặp", parentId: first.id }))).toEqual({
      error: "Không thể đặt chuyên mục vào bên trong chính nó hoặc chuyên mục con của nó.",
    });
    expect(await createCategoryAction({}, form({ name: "Thể thao tỉnh" }))).toEqual({
      error: 'Đường dẫn "the-thao-tinh" đã được chuyên mục khác dùng.',
    });

    // Moving to the top level puts it last there.
    await updateCategoryAction({}, form({ categoryId: first.id, name: "Thể thao", slug: "the-thao", active: "on" }));
    expect((await siblingsOf(null)).at(-1)).toBe(first.id);
    const actions = await db.auditLog.findMany({ where: { targetType: "category", targetId: { in: [first.id, second.id] } } });
    expect(actions.map((entry) => entry.action).sort()).toEqual(["category.create", "category.create", "category.move", "category.update"]);
  });
});
