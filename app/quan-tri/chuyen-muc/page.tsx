import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/editor-area/access-denied";
import { ActionForm } from "@/components/editor-area/action-form";
import { FormSection } from "@/components/editor-area/form-section";
import { CategoryFields } from "@/components/editor-area/category-fields";
import { SubmitButton } from "@/components/editor-area/form-controls";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { flattenTree } from "@/lib/categories/category-tree";
import { listCategoriesForAdmin } from "@/lib/categories/manage-categories";
import { formatCount } from "@/lib/format/number";
import { createCategoryAction, moveCategoryAction } from "./actions";
import { ScrollableTable } from "@/components/ui/scrollable-table";

export const metadata: Metadata = { title: "Chuyên mục", robots: { index: false } };

// Whole class names, so Tailwind generates them; deeper levels share the last indent.
const DEPTH_INDENT = ["", "pl-6", "pl-12", "pl-18"];

const MOVES = [
  { direction: "up", word: "lên", arrow: "↑" },
  { direction: "down", word: "xuống", arrow: "↓" },
] as const;

export default async function CategoriesPage() {
  const user = await requirePageUser("/quan-tri/chuyen-muc");
  if (!can(user.role, "category.manage")) return <AccessDenied />;
  const tree = flattenTree(await listCategoriesForAdmin(user));
  const isFirst = (index: number) => !tree.slice(0, index).some((row) => row.parentId === tree[index].parentId);
  const isLast = (index: number) => !tree.slice(index + 1).some((row) => row.parentId === tree[index].parentId);
  return (
    <main className="space-y-6 rounded border border-gray-200 bg-white p-6">
      <h1 className="text-2xl font-bold text-brand-700">Chuyên mục</h1>
      <ScrollableTable label="Cây chuyên mục">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Cây chuyên mục theo thứ tự hiển thị</caption>
          <thead className="border-b-2 border-gray-300">
            <tr>
              <th scope="col" className="py-2 pr-3">Tên</th>
              <th scope="col" className="py-2 pr-3">Đường dẫn</th>
              <th scope="col" className="py-2 pr-3">Bài viết</th>
              <th scope="col" className="py-2 pr-3">Trạng thái</th>
              <th scope="col" className="py-2">Thứ tự</th>
            </tr>
          </thead>
          <tbody>
            {tree.map((category, index) => (
              <tr key={category.id} className="border-b border-gray-200 align-top">
                <td className={`py-2 pr-3 ${DEPTH_INDENT[Math.min(category.depth, DEPTH_INDENT.length - 1)]}`}>
                  <Link href={`/quan-tri/chuyen-muc/${category.id}`} className="font-semibold text-brand-700 underline">
                    {category.name}
                  </Link>
                </td>
                <td className="py-2 pr-3">{category.slug}</td>
                <td className="py-2 pr-3">{formatCount(category._count.articles)}</td>
                <td className="py-2 pr-3">
                  {category.active ? "Đang hoạt động" : "Đã ẩn"}
                  {category.active && category.showOnHome ? ", trên trang chủ" : ""}
                </td>
                <td className="py-2">
                  <ActionForm action={moveCategoryAction} className="flex flex-wrap items-center gap-1">
                    <input type="hidden" name="categoryId" value={category.id} />
                    {MOVES.map((move) => (
                      <button
                        key={move.direction}
                        type="submit"
                        name="direction"
                        value={move.direction}
                        disabled={move.direction === "up" ? isFirst(index) : isLast(index)}
                        aria-label={`Chuyển "${category.name}" ${move.word}`}
                        className="rounded border border-gray-400 px-2 py-1 disabled:opacity-40"
                      >
                        {move.arrow}
                      </button>
                    ))}
                  </ActionForm>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
      <FormSection id="tao-chuyen-muc" title="Thêm chuyên mục" action={createCategoryAction}>
        <CategoryFields idPrefix="new-category" parents={tree} />
        <div>
          <SubmitButton>Thêm chuyên mục</SubmitButton>
        </div>
      </FormSection>
    </main>
  );
}
