import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/editor-area/access-denied";
import { ActionForm } from "@/components/editor-area/action-form";
import { CategoryFields } from "@/components/editor-area/category-fields";
import { SubmitButton } from "@/components/editor-area/form-controls";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { descendantIds, flattenTree } from "@/lib/categories/category-tree";
import { listCategoriesForAdmin } from "@/lib/categories/manage-categories";
import { updateCategoryAction } from "../actions";

export const metadata: Metadata = { title: "Sửa chuyên mục", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function EditCategoryPage({ params }: Props) {
  const { id: rawId } = await params;
  const user = await requirePageUser(`/quan-tri/chuyen-muc/${encodeURIComponent(rawId)}`);
  if (!can(user.role, "category.manage")) return <AccessDenied />;
  const tree = flattenTree(await listCategoriesForAdmin(user));
  const category = tree.find((row) => String(row.id) === rawId);
  if (!category) notFound();
  // A category cannot move under itself or one of its own descendants.
  const excluded = descendantIds(tree, category.id).add(category.id);
  return (
    <main className="space-y-6 rounded border border-gray-200 bg-white p-6">
      <p className="text-sm">
        <Link href="/quan-tri/chuyen-muc" className="text-brand-700 underline">
          ‹ Danh sách chuyên mục
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">Sửa chuyên mục: {category.name}</h1>
      <ActionForm action={updateCategoryAction} className="grid max-w-xl gap-3">
        <input type="hidden" name="categoryId" value={category.id} />
        <CategoryFields idPrefix="category" parents={tree.filter((row) => !excluded.has(row.id))} values={category} />
        <div>
          <SubmitButton>Lưu chuyên mục</SubmitButton>
        </div>
      </ActionForm>
    </main>
  );
}
