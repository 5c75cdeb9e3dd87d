export function articlePath(article: { id: number; slug: string; category: { slug: string } }): string {
  return `/tin-tuc/${article.category.slug}/${article.slug}-${article.id}`;
}

export function categoryPath(category: { slug: string }, page = 1): string {
  return page > 1 ? `/tin-tuc/${category.slug}?trang=${page}` : `/tin-tuc/${category.slug}`;
}
