import Link from "next/link";
import { SidebarBlock } from "@/components/ui/sidebar-block";
import { categoryPath } from "@/lib/articles/article-url";
import { listActiveCategories } from "@/lib/categories/queries";

export async function CategoryListBlock() {
  const categories = await listActiveCategories();
  return (
    <SidebarBlock id="khoi-chuyen-muc" title="Chuyên mục">
      <ul className="divide-y divide-gray-100 text-sm">
        {categories.map((category) => (
          <li key={category.id}>
            <Link href={categoryPath(category)} className="block py-1.5 hover:text-brand-700 hover:underline">
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </SidebarBlock>
  );
}
