import Link from "next/link";
import { articlePath } from "@/lib/articles/article-url";
import type { ArticleCard } from "@/lib/articles/queries";
import { formatDateTime } from "@/lib/format/vietnam-time";
import { ArticleThumbnail } from "./article-thumbnail";

/** One article in a list: thumbnail, title, date and summary. */
export function ArticleSummaryItem({ article, headingLevel = 3 }: { article: ArticleCard; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex gap-3 sm:gap-4">
      {article.imageUrl ? (
        <div className="w-28 shrink-0 sm:w-48">
          <ArticleThumbnail article={article} />
        </div>
      ) : null}
      <div className="min-w-0">
        <Heading className="font-bold leading-snug text-ink">
          <Link href={articlePath(article)} className="hover:text-brand-700 hover:underline">
            {article.title}
          </Link>
        </Heading>
        <p className="mt-1 text-xs text-muted">
          <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
        </p>
        <p className="mt-1 line-clamp-3 text-sm text-gray-700">{article.summary}</p>
      </div>
    </article>
  );
}
