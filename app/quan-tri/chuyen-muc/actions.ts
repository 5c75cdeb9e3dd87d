"use server";

import { revalidatePath } from "next/cache";
import { guardedAction, type ActionState } from "@/lib/auth/guarded-action";
import { createCategory, moveCategory, updateCategory } from "@/lib/categories/manage-categories";
import { parseRouteId } from "@/lib/http/route-id";

// Server actions of the category administration: admins only (guardedAction), checked again
// by the lib functions next to the data.

const CATEGORY_FIELDS = ["name", "slug", "description", "parentId", "active", "showOnHome"];

const categoryInput = (formData: FormData) =>
  Object.fromEntries(CATEGORY_FIELDS.map((name) => [name, formData.get(name) ?? undefined]));
const categoryIdOf = (formData: FormData) =>
  parseRouteId(String(formData.get("categoryId") ?? ""), "Không tìm thấy chuyên mục.");

// The public menu, home page and category pages all show categories.
const refreshSite = () => revalidatePath("/", "layout");

export async function createCategoryAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return guardedAction("category.manage", async (context) => {
    const category = await createCategory(context, categoryInput(formData));
    refreshSite();
    return `Đã tạo chuyên mục "${category.name}".`;
  });
}

export async function updateCategoryAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return guardedAction("category.manage", async (context) => {
    const category = await updateCategory(context, categoryIdOf(formData), categoryInput(formData));
    refreshSite();
    return `Đã lưu chuyên mục "${category.name}".`;
  });
}

export async function moveCategoryAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return guardedAction("category.manage", async (context) => {
    const direction = formData.get("direction") === "up" ? "up" : "down";
    const category = await moveCategory(context, categoryIdOf(formData), direction);
    refreshSite();
    return `Đã chuyển "${category.name}" ${direction === "up" ? "lên" : "xuống"}.`;
  });
}
