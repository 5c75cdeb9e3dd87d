import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ArticleLinkList } from "@/components/articles/article-link-list";
import { ArticleView } from "@/components/articles/article-view";
import { CommentSection } from "@/components/comments/comment-section";
import { AggregateRatingJsonLd } from "@/components/rating/aggregate-rating-json-ld";
import { ArticleRating } from "@/components/rating/article-rating";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";
import { NewsArticleJsonLd } from "@/components/seo/news-article-json-ld";
import { articlePath, categoryPath } from "@/lib/articles/article-url";
import { getPublicArticle, listNeighbourArticles } from "@/lib/articles/queries";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listArticleComments } from "@/lib/comments/list-comments";
import { ratingSummary } from "@/lib/ratings/rating-summary";
import { articleMetadata } from "@/lib/seo/article-metadata";
import { absoluteUrl } from "@/lib/seo/site-url";
import { parseSlugId } from "@/lib/text/slugify";
import "./print.css";

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

  // Rendered alike for every anonymous reader, so the page can be cached: the rating and the
  // comments fetch this visitor's own vote and likes once loaded. Staff are never served from
  // the cache (lib/page-cache), so their name can prefill the comment form.
  const [{ newer, older }, comments, user] = await Promise.all([
    listNeighbourArticles({ id: article.id, categoryId: article.categoryId, publishedAt: article.publishedAt! }, NEIGHBOURS_PER_LIST),
    listArticleComments(article.id, { sort: "newest", page: 1, visitorId: null }),
    getCurrentUser(),
  ]);
  const url = absoluteUrl(canonical);
  const rating = ratingSummary(article);

  return (
    <div className="rounded border border-gray-200 bg-white p-4 sm:p-6">
      <Breadcrumbs
        items={[
          { name: article.category.name, path: categoryPath(article.category) },
          { name: article.title, path: canonical },
        ]}
      />
      <NewsArticleJsonLd article={article} />
      <ArticleView article={article} url={url} />
      {article.allowRating ? (
        <>
          <ArticleRating articleId={article.id} initialSummary={rating} />
          <AggregateRatingJsonLd title={article.title} url={url} summary={rating} />
        </>
      ) : null}
      <CommentSection
        articleId={article.id}
        initialPage={comments}
        author={user ? { name: user.name, email: user.email } : null}
        open={article.allowComments}
      />
      <ArticleLinkList id="tin-moi-hon" title="Những tin mới hơn" articles={newer} />
      <ArticleLinkList id="tin-cu-hon" title="Những tin cũ hơn" articles={older} />
    </div>
  );
}
