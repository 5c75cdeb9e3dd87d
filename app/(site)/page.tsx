import type { Metadata } from "next";
import Link from "next/link";
import { ArticleSummaryItem } from "@/components/articles/article-summary-item";
import { ArticleThumbnail } from "@/components/articles/article-thumbnail";
import { OrganizationJsonLd } from "@/components/seo/organization-json-ld";
import { articlePath, categoryPath } from "@/lib/articles/article-url";
import { listCategoryArticles, listFeaturedArticles, listLatestArticles } from "@/lib/articles/queries";
import { listHomeCategories } from "@/lib/categories/queries";
import { formatDateTime } from "@/lib/format/vietnam-time";
import { pageAlternates } from "@/lib/seo/feeds";
import { siteConfig } from "@/lib/site/site-config";

const ARTICLES_PER_CATEGORY_BLOCK = 4;

export function generateMetadata(): Metadata {
  return { alternates: pageAlternates("/") };
}

export default async function HomePage() {
  const now = new Date();
  const [featured, latest, categories] = await Promise.all([
    listFeaturedArticles(4, now),
    listLatestArticles(8, now),
    listHomeCategories(),
  ]);
  const blocks = await Promise.all(
    categories.map(async (category) => ({
      category,
      articles: (await listCategoryArticles(category.id, { page: 1, perPage: ARTICLES_PER_CATEGORY_BLOCK }, now)).items,
    })),
  );
  const [lead, ...otherFeatured] = featured;

  return (
    <div className="space-y-6">
      <OrganizationJsonLd />
      <h1 className="sr-only">
        {siteConfig.tagline} {siteConfig.name}
      </h1>

      {lead ? (
        <section aria-labelledby="tin-noi-bat" className="rounded border border-gray-200 bg-white p-4">
          <h2 id="tin-noi-bat" className="mb-3 text-base font-bold uppercase text-brand-700">
            Tin nổi bật
          </h2>
          <div className="grid gap-4 md:grid-cols-[3fr_2fr]">
            <article>
              <ArticleThumbnail article={lead} />
              <h3 className="mt-2 text-xl font-bold leading-snug">
                <Link href={articlePath(lead)} className="hover:text-brand-700 hover:underline">
                  {lead.title}
                </Link>
              </h3>
              <p className="mt-1 text-xs text-muted">
                <time dateTime={lead.publishedAt.toISOString()}>{formatDateTime(lead.publishedAt)}</time>
              </p>
              <p className="mt-2 text-sm text-gray-700">{lead.summary}</p>
            </article>
            <ul className="space-y-3">
              {otherFeatured.map((article) => (
                <li key={article.id}>
                  <Link href={articlePath(article)} className="font-semibold leading-snug hover:text-brand-700 hover:underline">
                    {article.title}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="tin-moi-nhat" className="rounded border border-gray-200 bg-white p-4">
        <h2 id="tin-moi-nhat" className="mb-3 text-base font-bold uppercase text-brand-700">
          Tin mới nhất
        </h2>
        <ul className="space-y-4">
          {latest.map((article) => (
            <li key={article.id}>
              <ArticleSummaryItem article={article} />
            </li>
          ))}
        </ul>
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        {blocks
          .filter((block) => block.articles.length > 0)
          .map(({ category, articles }) => (
            <section
              key={category.id}
              aria-labelledby={`chuyen-muc-${category.slug}`}
              className="rounded border border-gray-200 bg-white p-4"
            >
              <h2 id={`chuyen-muc-${category.slug}`} className="mb-3 border-b-2 border-brand-600 pb-1 text-base font-bold uppercase">
                <Link href={categoryPath(category)} className="text-brand-700 hover:underline">
                  {category.name}
                </Link>
              </h2>
              <ul className="space-y-2 text-sm">
                {articles.map((article, index) => (
                  <li key={article.id}>
                    {index === 0 ? <ArticleThumbnail article={article} className="mb-2" /> : null}
                    <Link href={articlePath(article)} className={`hover:text-brand-700 hover:underline ${index === 0 ? "font-bold" : ""}`}>
                      {article.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
      </div>
    </div>
  );
}
