import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ArticleLinkList } from "@/components/articles/article-link-list";
import { ArticleView } from "@/components/articles/article-view";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";
import { NewsArticleJsonLd } from "@/components/seo/news-article-json-ld";
import { articlePath, categoryPath } from "@/lib/articles/article-url";
import { getPublicArticle, listNeighbourArticles } from "@/lib/articles/queries";
import { articleMetadata } from "@/lib/seo/article-metadata";
import { parseSlugId } from "@/lib/text/slugify";

const NEIGHBOURS_PER_LIST = 10;

type Props = { params: Promise<{ category: string; article: string }> };

const loadArticle = cache(async (segment: string) => {
  const parsed = parseSlugId(segment);
  return parsed ? getPublicArticle(parsed.id) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).article);
  if (!article) return {};
  return articleMetadata(article);
}

export default async function ArticlePage({ params }: Props) {
  const { category, article: segment } = await params;
  const article = await loadArticle(segment);
  if (!article) notFound();
  // Old or mistyped links (wrong slug, wrong or missing category) land on the one canonical URL.
  const canonical = articlePath(article);
  if (canonical !== `/tin-tuc/${category}/${segment}`) permanentRedirect(canonical);

  const { newer, older } = await listNeighbourArticles(
    { id: article.id, categoryId: article.categoryId, publishedAt: article.publishedAt! },
    NEIGHBOURS_PER_LIST,
  );

  return (
    <div className="rounded border border-gray-200 bg-white p-4 sm:p-6">
      <Breadcrumbs
        items={[
          { name: article.category.name, path: categoryPath(article.category) },
          { name: article.title, path: canonical },
        ]}
      />
      <NewsArticleJsonLd article={article} />
      <ArticleView article={article} />
      <ArticleLinkList id="tin-moi-hon" title="Những tin mới hơn" articles={newer} />
      <ArticleLinkList id="tin-cu-hon" title="Những tin cũ hơn" articles={older} />
    </div>
  );
}
