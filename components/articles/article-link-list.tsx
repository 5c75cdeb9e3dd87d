import Link from "next/link";
import { articlePath } from "@/lib/articles/article-url";
import type { ArticleCard } from "@/lib/articles/queries";
import { formatDate } from "@/lib/format/vietnam-time";

/** A titled list of article links with their dates ("Những tin mới hơn", "Những tin cũ hơn"). */
export function ArticleLinkList({ id, title, articles }: { id: string; title: string; articles: ArticleCard[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby={id} className="no-print mt-6">
      <h2 id={id} className="border-b-2 border-brand-600 pb-1 text-base font-bold uppercase text-brand-700">
        {title}
      </h2>
      <ul className="mt-2 space-y-1.5 text-sm" data-testid={id}>
        {articles.map((article) => (
          <li key={article.id} className="flex gap-2">
            <span aria-hidden="true" className="text-brand-600">
              ›
            </span>
            <span>
              <Link href={articlePath(article)} className="hover:text-brand-700 hover:underline">
                {article.title}
              </Link>{" "}
              <span className="text-xs text-muted">
                (<time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>)
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
