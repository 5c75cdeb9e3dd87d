import type { PublicArticle } from "@/lib/articles/queries";
import { formatCount } from "@/lib/format/number";
import { formatDateLine } from "@/lib/format/vietnam-time";
import { LiveViewCount } from "@/components/ui/live-view-count";
import { PrintButton } from "./print-button";

/**
 * The article itself: title, date line, counters, summary, figure, body, author and source.
 * Printed, it keeps exactly these and adds the article's address.
 */
export function ArticleView({ article, url }: { article: PublicArticle; url: string }) {
  const publishedAt = article.publishedAt!;
  return (
    <article>
      <h1 className="text-2xl font-bold leading-tight text-ink sm:text-3xl">{article.title}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted">
        <time dateTime={publishedAt.toISOString()} data-testid="date-line">
          {formatDateLine(publishedAt)}
        </time>
        <span>
          Đã xem: <LiveViewCount endpoint={`/api/articles/${article.id}/views`} initialViews={article.viewCount} testId="view-count" />
        </span>
        <span>
          Phản hồi: <span data-testid="comment-count">{formatCount(article.commentCount)}</span>
        </span>
        <PrintButton />
      </p>
      {article.summary ? <p className="mt-4 font-semibold leading-relaxed">{article.summary}</p> : null}
      {article.imageUrl ? (
        <figure className="mx-auto my-5 max-w-2xl">
          {/* eslint-disable-next-line @next/next/no-img-element -- served as uploaded; explicit size prevents layout shift */}
          <img
            src={article.imageUrl}
            alt={article.imageAlt ?? ""}
            width={article.imageWidth ?? 1200}
            height={article.imageHeight ?? 675}
            className="h-auto w-full rounded"
          />
          {article.imageCaption ? (
            <figcaption className="mt-2 text-center text-sm italic text-muted">{article.imageCaption}</figcaption>
          ) : null}
        </figure>
      ) : null}
      {/* Body HTML is sanitised against an allow-list when it is saved; readers get it as stored. */}
      <div className="article-body mt-4" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      {article.authorName ? (
        <p className="mt-4 text-right font-semibold">
          <span className="sr-only">Tác giả: </span>
          {article.authorName}
        </p>
      ) : null}
      {article.sourceName ? (
        <p className="mt-1 text-right text-sm text-muted">
          Nguồn:{" "}
          {article.sourceUrl ? (
            <a href={article.sourceUrl} rel="nofollow noopener noreferrer" className="underline">
              {article.sourceName}
            </a>
          ) : (
            article.sourceName
          )}
        </p>
      ) : null}
      <p className="print-only mt-4 text-sm" data-testid="print-url">
        Địa chỉ bài viết: {url}
      </p>
      {article.tags.length > 0 ? (
        <p className="no-print mt-4 text-sm">
          <span className="font-semibold">Từ khóa: </span>
          {article.tags.map(({ tag }) => tag.name).join(", ")}
        </p>
      ) : null}
    </article>
  );
}
