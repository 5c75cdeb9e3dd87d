"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { formId, formText } from "@/lib/actions/form-fields";
import { createCategory, moveCategory, updateCategory } from "@/lib/categories/manage-categories";

// Server actions of the category administration; lib/categories checks "category.manage" again
// next to the data and reads the fields with its own schema.

const categoryId = formId("Không tìm thấy chuyên mục.");
const categoryFields = {
  name: formText(500),
  slug: formText(500),
  description: formText(2000),
  parentId: formText(20),
  active: z.string().max(10).optional(),
  showOnHome: z.string().max(10).optional(),
};

// The public menu, home page and category pages all show categories.
const refreshSite = () => revalidatePath("/", "layout");

export const createCategoryAction = defineAction("category.create", "category.manage", z.object(categoryFields), async (input, actor) => {
  const category = await createCategory(actor, input);
  refreshSite();
  return `Đã tạo chuyên mục "${category.name}".`;
});

export const updateCategoryAction = defineAction("category.update", "category.manage", z.object({ categoryId, ...categoryFields }), async ({ categoryId: id, ...input }, actor) => {
  const category = await updateCategory(actor, id, input);
  refreshSite();
  return `Đã lưu chuyên mục "${category.name}".`;
});

export const moveCategoryAction = defineAction(
  "category.move",
  "category.manage",
  z.object({ categoryId, direction: z.enum(["up", "down"], { error: "Hướng chuyển không hợp lệ." }) }),
  async (input, actor) => {
    const category = await moveCategory(actor, input.categoryId, input.direction);
    refreshSite();
    return `Đã chuyển "${category.name}" ${input.direction === "up" ? "lên" : "xuống"}.`;
  },
);
