import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleSummaryItem } from "@/components/articles/article-summary-item";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { categoryPath } from "@/lib/articles/article-url";
import { listCategoryArticles } from "@/lib/articles/queries";
import { getActiveCategoryBySlug } from "@/lib/categories/queries";
import { pageCount, parsePageParam } from "@/lib/pagination/page-param";
import { pageAlternates } from "@/lib/seo/feeds";

const ARTICLES_PER_PAGE = 12;

type Props = {
  params: Promise<{ category: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const loadCategory = cache(getActiveCategoryBySlug);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const category = await loadCategory((await params).category);
  if (!category) return {};
  const page = parsePageParam((await searchParams).trang) ?? 1;
  return {
    title: page > 1 ? `${category.name} - Trang ${page}` : category.name,
    description: category.description || undefined,
    alternates: pageAlternates(categoryPath(category, page), category),
  };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const category = await loadCategory((await params).category);
  const page = parsePageParam((await searchParams).trang);
  if (!category || page === null) notFound();

  const { items, total } = await listCategoryArticles(category.id, { page, perPage: ARTICLES_PER_PAGE });
  const pages = pageCount(total, ARTICLES_PER_PAGE);
  if (page > pages) notFound();

  return (
    <div className="rounded border border-gray-200 bg-white p-4">
      <Breadcrumbs items={[{ name: category.name, path: categoryPath(category) }]} />
      <h1 className="border-b-2 border-brand-600 pb-2 text-xl font-bold uppercase text-brand-700">{category.name}</h1>
      {category.description ? <p className="mt-2 text-sm text-muted">{category.description}</p> : null}
      {items.length === 0 ? (
        <p className="mt-4">Chuyên mục này chưa có bài viết.</p>
      ) : (
        <ul className="mt-4 space-y-5">
          {items.map((article) => (
            <li key={article.id}>
              <ArticleSummaryItem article={article} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pages} hrefForPage={(p) => categoryPath(category, p)} />
    </div>
  );
}
